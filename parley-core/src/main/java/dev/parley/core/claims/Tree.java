package dev.parley.core.claims;

import dev.parley.core.nlp.Dependency;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The dependency trees of a document, by document-level token index: heads, relations, children, subtrees. */
final class Tree {
  private final NlpDocument doc;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;

  Tree(NlpDocument doc) {
    this.doc = doc;
    int n = doc.tokens().size();
    head = new int[n];
    rel = new String[n];
    Arrays.fill(head, Dependency.ROOT);
    Arrays.fill(rel, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
    }
    for (Sentence s : doc.sentences()) {
      for (Dependency d : s.dependencies()) {
        head[d.dependent()] = d.governor();
        rel[d.dependent()] = d.relation();
        if (!d.isRoot()) {
          children.get(d.governor()).add(d.dependent());
        }
      }
    }
  }

  NlpDocument doc() {
    return doc;
  }

  Token token(int i) {
    return doc.tokens().get(i);
  }

  int size() {
    return head.length;
  }

  /** The head of a token, or {@link Dependency#ROOT}. */
  int head(int i) {
    return head[i];
  }

  /** The relation to its head ("" when the sentence was not parsed). */
  String rel(int i) {
    return rel[i];
  }

  /** Whether the relation is this one or one of its subtypes ({@code nsubj} matches {@code nsubj:pass}). */
  boolean relIs(int i, String relation) {
    String r = rel[i];
    return r.equals(relation) || r.startsWith(relation + ":");
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first child with a relation (or its subtype), or -1. */
  int child(int i, String relation) {
    for (int c : children.get(i)) {
      if (relIs(c, relation)) {
        return c;
      }
    }
    return -1;
  }

  /** The smallest token range {@code [first, end)} covering a token's subtree, kept inside its sentence. */
  int[] subtree(int i) {
    int[] r = {i, i + 1};
    grow(i, r, 0);
    Sentence s = doc.sentenceOf(i);
    r[0] = Math.max(r[0], s.firstToken());
    r[1] = Math.min(r[1], s.endToken());
    return r;
  }

  private void grow(int i, int[] r, int depth) {
    if (depth > 200) {
      return; // a malformed tree with a cycle must not hang the pipeline
    }
    for (int c : children.get(i)) {
      r[0] = Math.min(r[0], c);
      r[1] = Math.max(r[1], c + 1);
      grow(c, r, depth + 1);
    }
  }

  /** Whether {@code a} lies under {@code b} (or is it). */
  boolean under(int a, int b) {
    for (int i = a, steps = 0; i != Dependency.ROOT && steps < 200; i = head[i], steps++) {
      if (i == b) {
        return true;
      }
    }
    return false;
  }

  String lower(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return token(i).pos();
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  /** Punctuation: a token with no letter or digit. */
  boolean isPunct(int i) {
    String t = doc.text().substring(token(i).start(), token(i).end());
    return t.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  boolean isComma(int i) {
    String w = token(i).word();
    return w.equals(",") || w.equals(";") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013");
  }

  String text(int first, int end) {
    return doc.text().substring(token(first).start(), token(end - 1).end());
  }
}
