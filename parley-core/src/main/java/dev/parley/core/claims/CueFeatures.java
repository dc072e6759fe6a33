package dev.parley.core.claims;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.parley.core.nlp.EntityMention;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The features an {@link AttributionModel} weighs for one token: its word class and lemma, its place in the parse (its
 * relation, its head's lemma, the relations of its children, the entity type and word class of its subject),
 * its neighbours, whether it stands inside a quote, and whether the rules ({@link AttributionFinder}) made it
 * the head of a cue or put it inside one. Each feature is a string hashed into {@link #BITS} bits, so that a
 * model needs no vocabulary file (the features of content ends, {@link ContentEnds}, share the hashing); {@link #VERSION} changes whenever the set changes, and a model made under
 * another version is refused.
 */
final class CueFeatures {
  /** The version of the feature set; stored in every model. */
  static final int VERSION = 3;
  /** Features are hashed into {@code 2^BITS} weights. */
  static final int BITS = 20;
  private static final HashFunction HASH = Hashing.murmur3_32_fixed(CueFeatures.VERSION);

  private final Tree tree;
  private final Quotes quotes;
  private final String[] entity;
  private final boolean[] ruleHead;
  private final boolean[] ruleCue;

  /** The features of a document's tokens, given the attributions the rules found in it. */
  CueFeatures(Tree tree, Quotes quotes, List<Attribution> rules) {
    this.tree = tree;
    this.quotes = quotes;
    int n = tree.size();
    entity = new String[n];
    Arrays.fill(entity, "O");
    for (EntityMention e : tree.doc().entities()) {
      for (int i = e.firstToken(); i < e.endToken() && i < n; i++) {
        entity[i] = e.type();
      }
    }
    ruleHead = new boolean[n];
    ruleCue = new boolean[n];
    for (Attribution a : rules) {
      ruleHead[a.cueHead] = true;
      for (int i = a.cueRange.first(); i < a.cueRange.end(); i++) {
        ruleCue[i] = true;
      }
    }
  }

  /** Whether a token can head a cue at all: a word, or a colon. */
  boolean candidate(int t) {
    String w = tree.token(t).word();
    return w.equals(":") || w.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** The hashed features of a token, sorted and without repeats. */
  int[] of(int t) {
    List<String> f = new ArrayList<>(32);
    String lemma = tree.lemma(t);
    String pos = tree.pos(t);
    String rel = tree.rel(t);
    String rule = ruleHead[t] ? "H" : ruleCue[t] ? "C" : "-";
    boolean quoted = quotes.at(t) != null;
    int h = tree.head(t);
    f.add("bias");
    f.add("l=" + lemma);
    f.add("p=" + pos);
    f.add("lp=" + lemma + "/" + pos2(pos));
    f.add("r=" + rel);
    f.add("lr=" + lemma + "/" + rel);
    f.add("hl=" + (h >= 0 ? tree.lemma(h) : "ROOT"));
    f.add("rule=" + rule);
    f.add("rule.l=" + rule + lemma);
    f.add("rule.p=" + rule + pos2(pos));
    f.add("q=" + quoted + pos2(pos));
    TreeSet<String> kids = new TreeSet<>();
    for (int c : tree.children(t)) {
      kids.add(tree.rel(c));
      if (tree.rel(c).startsWith("nsubj")) {
        f.add("subj.ner=" + entity[c]);
        f.add("subj.p=" + tree.pos(c));
        f.add("subj.l=" + tree.lemma(c));
      }
    }
    for (String k : kids) {
      f.add("k=" + k);
      f.add("lk=" + lemma + "/" + k);
    }
    f.add("prev=" + (t > 0 ? tree.lemma(t - 1) : "<s>"));
    f.add("next=" + (t + 1 < tree.size() ? tree.lemma(t + 1) : "</s>"));
    f.add("next.p=" + (t + 1 < tree.size() ? tree.pos(t + 1) : "</s>"));
    return hashed(f);
  }

  /** Features as sorted weight indexes without repeats. */
  static int[] hashed(List<String> features) {
    TreeSet<Integer> ids = new TreeSet<>();
    for (String s : features) {
      ids.add(HASH.hashString(s, StandardCharsets.UTF_8).asInt() >>> (32 - BITS));
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String pos2(String pos) {
    return pos.length() > 2 ? pos.substring(0, 2) : pos;
  }
}
