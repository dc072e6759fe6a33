package dev.parley.core.events;

import dev.parley.core.nlp.Dependency;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One sentence's dependency tree, navigable both ways by document-level token index. */
final class Parse {
  final NlpDocument doc;
  final Sentence sentence;
  private final int first;
  private final int[] gov;
  private final String[] rel;
  private final List<List<Integer>> kids;

  Parse(NlpDocument doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    this.first = sentence.firstToken();
    int n = sentence.size();
    gov = new int[n];
    rel = new String[n];
    kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      gov[i] = Dependency.ROOT;
      rel[i] = "";
      kids.add(new ArrayList<>(2));
    }
    for (Dependency d : sentence.dependencies()) {
      int i = d.dependent() - first;
      gov[i] = d.governor();
      rel[i] = d.relation();
      if (!d.isRoot()) {
        kids.get(d.governor() - first).add(d.dependent());
      }
    }
  }

  Token token(int i) {
    return doc.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  String word(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return token(i).pos();
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  boolean isNoun(int i) {
    return pos(i).startsWith("NN");
  }

  /** The governor's index, or {@link Dependency#ROOT}. */
  int gov(int i) {
    return gov[i - first];
  }

  String rel(int i) {
    return rel[i - first];
  }

  /** The relation without its subtype: {@code nsubj:pass} -> {@code nsubj}. */
  String baseRel(int i) {
    String r = rel(i);
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  List<Integer> children(int i) {
    return kids.get(i - first);
  }

  /** The first child with exactly this relation, or -1. */
  int child(int i, String relation) {
    for (int c : children(i)) {
      if (rel(c).equals(relation)) {
        return c;
      }
    }
    return -1;
  }

  /** The lower-case lemma of the child marking a phrase ({@code case}), or null. */
  String caseOf(int i) {
    for (int c : children(i)) {
      if (rel(c).equals("case")) {
        return lemma(c);
      }
    }
    return null;
  }

  /** The token and everything under it, stopping at children whose base relation is in {@code stop}. */
  List<Integer> subtree(int i, java.util.Set<String> stop) {
    List<Integer> out = new ArrayList<>();
    collect(i, stop, out, 0);
    return out;
  }

  private void collect(int i, java.util.Set<String> stop, List<Integer> out, int depth) {
    out.add(i);
    if (depth > 12) {
      return;
    }
    for (int c : children(i)) {
      if (!stop.contains(baseRel(c)) && !stop.contains(rel(c))) {
        collect(c, stop, out, depth + 1);
      }
    }
  }

  /** Whether a dominates b (or is b). */
  boolean dominates(int a, int b) {
    int x = b;
    for (int k = 0; k < 40 && x != Dependency.ROOT; k++) {
      if (x == a) {
        return true;
      }
      x = gov(x);
    }
    return false;
  }
}
