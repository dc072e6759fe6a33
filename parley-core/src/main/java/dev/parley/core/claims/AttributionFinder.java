package dev.parley.core.claims;

import static dev.parley.core.claims.Spans.firstOf;
import static dev.parley.core.claims.Spans.nounCue;
import static dev.parley.core.claims.Spans.range;
import static dev.parley.core.claims.Spans.trim;

import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.claims.ClaimLexicon.Cue;
import dev.parley.core.claims.ClaimLexicon.Flag;
import dev.parley.core.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds attributions sentence by sentence, from a reporting cue outwards. A verb from {@code cues.tsv} is a
 * cue when the sentence gives it content:
 * <ul>
 *   <li><b>after the content</b> ({@code "...," an insider told the publication}; {@code ..., sources said};
 *       {@code ..., says the outlet}): the cue and its speaker close the sentence after a comma or a quote;
 *       the content is what precedes them (back to the quote's opening, across sentences), plus a quote that
 *       resumes after them ({@code "A," he said, "B."});
 *   <li><b>before the content</b>: its clausal complement ({@code said (that) ...}, {@code said: "..."}), else a
 *       quote right after it, else (by flag) its infinitive ({@code vowed to ...}) or its object
 *       ({@code announced a ceasefire});
 *   <li>{@code according to X} before or after the content.
 * </ul>
 * The speaker is the cue's subject; without one, the noun phrase right after a closing cue ({@code claimed
 * the source}); without that, the subject of the verb the cue continues ({@code ..., saying}). A passive cue
 * ({@code is expected to}) has none. The readers of content ({@link ContentReader}), speakers
 * ({@link SourceReader}, {@link SurfaceSpeaker}) and cues that are no verbs ({@link PhraseCues}) live apart.
 */
final class AttributionFinder {
  private static final Set<String> OLD_NEGATION = Set.of("not", "n't", "never");
  private final ClaimLexicon lex;
  private final boolean polnear;
  private final SourceReader sources;
  private final ContentReader content;
  private final PhraseCues phrases;

  /**
   * A finder on a lexicon. With {@code polnear} it follows PolNeAR's span conventions as well (cues through a
   * preposition, headline colons, modals and negation in the cue, "He said:" and the next paragraph, content
   * cut at the cue's own conjunct, scene adjuncts rejected, who is urged in the content, participles cut from
   * the source, a cue verb governed through "to" joined to its governor, participles on nouns, a clause's
   * content ended with its clause, a quote resumed after {@code "A," he said.} kept with the content), as
   * {@code parley eval attribution} measures them; without, it reads claims as the demo gold
   * was written.
   */
  AttributionFinder(ClaimLexicon lex, boolean polnear) {
    this.lex = lex;
    this.polnear = polnear;
    this.sources = new SourceReader(polnear);
    this.content = new ContentReader(lex, polnear, sources);
    this.phrases = new PhraseCues(lex);
  }

  List<Attribution> find(Tree tree, Quotes quotes) {
    List<Attribution> out = new ArrayList<>();
    for (Sentence s : tree.doc().sentences()) {
      Attribution headline = polnear ? PhraseCues.headline(tree, s) : null;
      if (headline != null) {
        out.add(headline);
        continue;
      }
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        if (quotes.at(t) != null) {
          continue; // a cue inside a quote belongs to the quoted words
        }
        Attribution a = phrases.phrase(tree, quotes, s, t);
        if (a == null && polnear && lex.takesPreposition(tree.lemma(t))) {
          a = throughPreposition(tree, s, t);
        }
        if (a == null && polnear) {
          int x = chainedCue(tree, t);
          if (x >= 0) {
            a = verb(tree, quotes, s, x, lex.verb(tree.lemma(x)));
          }
        }
        if (a == null && tree.isVerb(t)) {
          Cue cue = lex.verb(tree.lemma(t));
          if (cue != null && !cue.has(Flag.RELAY) && usable(tree, t)) {
            a = verb(tree, quotes, s, t, cue);
          }
        }
        if (a != null && a.source == null && tree.pos(a.cueHead).equals("VBG") && !out.isEmpty()
            && out.get(out.size() - 1).sentence == s.index() && out.get(out.size() - 1).source != null) {
          a.source = out.get(out.size() - 1).source; // "..., claimed the source, saying ..."
          a.sourceHead = out.get(out.size() - 1).sourceHead;
          a.sourceInherited = true;
        }
        if (a != null && !a.content.isEmpty() && !overlapsEarlier(out, a)) {
          phrases.citing(tree, s, a);
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * A cue verb that a verb or adjective before it governs through "to" ("seemed to recognize", "has sought to
   * distinguish", "goes on to say", "are more likely to say"): PolNeAR's cue runs from the governing word (with
   * its auxiliaries) to the cue verb. Returns the governed cue verb of a governing token, or -1.
   */
  private int chainedCue(Tree tree, int h) {
    for (int c : tree.children(h)) {
      if (c > h && tree.rel(c).equals("xcomp") && chainGap(tree, h, c) && tree.isVerb(c)) {
        Cue cue = lex.verb(tree.lemma(c));
        if (cue != null && !cue.has(Flag.RELAY)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** Whether only "to", "not", particles and adverbs stand between a governing word and its xcomp. */
  private static boolean chainGap(Tree tree, int h, int v) {
    if (v - h > 4 || !tree.lower(v - 1).equals("to")) {
      return false;
    }
    for (int k = h + 1; k < v - 1; k++) {
      String p = tree.pos(k);
      if (!(p.startsWith("RB") || p.equals("RP") || tree.lower(k).equals("not"))) {
        return false;
      }
    }
    return true;
  }

  private boolean chained(Tree tree, int v) {
    int h = tree.head(v);
    return polnear && h >= 0 && h < v && tree.rel(v).equals("xcomp") && chainGap(tree, h, v);
  }

  /** A cue verb used as a modifier ("the plan announced Monday") or in a relative clause on content is no cue. */
  boolean usable(Tree tree, int v) {
    String r = tree.rel(v);
    if (chained(tree, v)) {
      return true;
    }
    if (r.equals("xcomp") && tree.head(v) >= 0 && tree.isVerb(tree.head(v))) {
      return false; // "refused to reveal", "declined to confirm": nothing is said
    }
    if (r.equals("amod") || r.equals("compound")) {
      return false;
    }
    if (!polnear && negated(tree, v) && tree.child(v, "ccomp") < 0) {
      return false; // "he did not mention territory": nothing is said (PolNeAR still annotates it)
    }
    if (polnear && r.equals("acl") && tree.pos(v).equals("VBG")) {
      return true; // "with O'Malley calling Trump a fascist": PolNeAR reads a participle's telling too
    }
    return !(tree.relIs(v, "acl") && !r.equals("acl:relcl") && tree.child(v, "ccomp") < 0);
  }

  private static boolean negated(Tree tree, int v) {
    for (int c : tree.children(v)) {
      if (tree.rel(c).equals("advmod") && OLD_NEGATION.contains(tree.lower(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsEarlier(List<Attribution> found, Attribution a) {
    for (int i = found.size() - 1; i >= 0 && found.get(i).sentence == a.sentence; i--) {
      Attribution b = found.get(i);
      if (b.cueRange.overlaps(a.cueRange) || (a.source != null && !a.sourceInherited && b.cueRange.overlaps(a.source))) {
        return true;
      }
    }
    return false;
  }

  // ---- verbs ----

  Attribution verb(Tree tree, Quotes quotes, Sentence s, int v, Cue cue) {
    Range cueRange = cueRange(tree, v);
    if (chained(tree, v)) {
      cueRange = new Range(cueRange(tree, tree.head(v)).first(), cueRange.end());
    }
    Attribution a = new Attribution(s.index(), cue, cueRange, v);
    int subj = SourceReader.subject(tree, v);
    if (subj >= 0) {
      sources.setSource(tree, a, subj, false);
      int gap = a.source.end();
      if (gap < a.cueRange.first() && lex.markerAt(tree::lower, gap, a.cueRange.first()) > 0) {
        a.source = new Range(a.source.first(), a.cueRange.first()); // "people briefed on the matter said"
      }
    }
    if (cue.has(Flag.ADDRESSEE)) {
      int o = firstOf(tree, v, "iobj", "obj");
      if (o > v) {
        a.addressee = range(tree.subtree(o));
      }
    }
    if (content.opening(tree, quotes, s, a, true) || content.closing(tree, quotes, s, a) || content.opening(tree, quotes, s, a, false)
        || (polnear && ContentReader.relative(tree, s, a))) {
      if (a.source == null) {
        sources.inherit(tree, a);
      }
      return a;
    }
    return null;
  }

  /**
   * The cue's words: the verb with its auxiliaries ("was announced", "has said", "would not say", "is calling"),
   * a copula ("is critical of"), adverbs
   * right before it ("also said", "has repeatedly said"), a particle ("pointed out"), and the occasion right
   * after it when {@code cues.tsv} lists its noun ("said in a statement", "said in an interview").
   */
  private Range cueRange(Tree tree, int v) {
    int first = v;
    int end = v + 1;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int c : tree.children(v)) {
        if (c != first - 1) {
          continue;
        }
        String r = tree.rel(c);
        boolean aux = polnear ? r.equals("aux") || r.equals("cop") : r.equals("aux") && tree.lemma(c).equals("have");
        if (r.equals("aux:pass") || aux
            || (r.equals("advmod") && tree.pos(c).startsWith("RB")
                && (polnear ? !lex.outsideCue(tree.lower(c)) : !OLD_NEGATION.contains(tree.lower(c)))
                && tree.subtree(c)[0] == c)) {
          first = c;
          moved = true;
        }
      }
    }
    for (int c : tree.children(v)) {
      if (tree.rel(c).equals("compound:prt") && c == end) {
        end = c + 1;
      }
    }
    if (polnear && end < tree.doc().tokens().size() && tree.head(end) == v
        && (tree.rel(end).equals("obl:tmod") || tree.rel(end).equals("nmod:tmod")) && tree.subtree(end)[1] == end + 1) {
      end++; // "said Tuesday": PolNeAR keeps a bare day with the cue
    }
    if (end + 2 < tree.doc().tokens().size() && tree.lower(end).equals("in")) {
      for (int c : tree.children(v)) {
        int[] r = tree.subtree(c);
        if (r[0] == end && tree.rel(c).startsWith("obl") && r[1] - r[0] <= 5 && lex.isOccasion(tree.lemma(c))) {
          end = r[1];
        }
      }
    }
    return new Range(first, end);
  }

  /**
   * A cue that takes its content through a preposition right after it ({@code cue-preps.tsv}): a verb ("called
   * for a ban", "talked about the wall"; its subject speaks), an adjective with its copula ("is critical of
   * the deal"; its subject) or a noun ("criticism of the plan", "his support for"; its possessor, else no
   * source). The preposition joins the cue; the content is the rest of the prepositional phrase.
   */
  private Attribution throughPreposition(Tree tree, Sentence s, int t) {
    boolean verb = tree.isVerb(t);
    boolean adjective = tree.pos(t).startsWith("JJ");
    boolean noun = tree.pos(t).startsWith("NN") && !tree.pos(t).startsWith("NNP");
    if (!(verb || adjective || noun) || (verb && !usable(tree, t))) {
      return null;
    }
    Range base = noun ? nounCue(tree, t) : cueRange(tree, t);
    for (int c : tree.children(t)) {
      String r = tree.rel(c);
      if (c <= t || !(r.startsWith("obl") || r.startsWith("nmod") || r.equals("advcl") || r.equals("acl")
          || r.equals("ccomp"))) {
        continue;
      }
      int[] sub = tree.subtree(c);
      int k = sub[0];
      if (k != base.end() || tree.head(k) != c || !(tree.rel(k).equals("case") || tree.rel(k).equals("mark"))) {
        continue;
      }
      if (verb && tree.lower(k).equals("that")) {
        continue; // a verb's that-clause is read as any reporting verb's
      }
      Cue listed = lex.withPreposition(tree.lemma(t), tree.lower(k));
      Range content = listed == null || k + 1 >= sub[1] ? null : trim(tree, new Range(k + 1, sub[1]));
      if (content == null) {
        continue;
      }
      Cue cue = verb ? listed : new Cue(listed.lemma(), listed.cueClass(), java.util.EnumSet.of(Flag.NOMINAL));
      boolean that = tree.lower(k).equals("that"); // "his claim that ...": "that" opens the content, as after a verb
      if (that) {
        content = trim(tree, new Range(k, sub[1]));
      }
      Attribution a = new Attribution(s.index(), cue, new Range(base.first(), that ? base.end() : k + 1), t);
      if (noun) {
        int poss = tree.child(t, "nmod:poss");
        if (poss >= 0 && poss < t) {
          int[] pr = tree.subtree(poss);
          int end = pr[1];
          while (end - 1 > pr[0] && (tree.isPunct(end - 1) || tree.relIs(end - 1, "case"))) {
            end--; // "Trump's": the possessive ending is no part of the name
          }
          a.source = new Range(pr[0], end);
          a.sourceHead = poss;
        }
      } else {
        int subj = SourceReader.subject(tree, t);
        if (subj >= 0) {
          sources.setSource(tree, a, subj, false);
        } else {
          sources.inherit(tree, a);
        }
      }
      a.content.add(content);
      return a;
    }
    return null;
  }
}
