package dev.parley.core.claims;

import static dev.parley.core.claims.Spans.beforeOwnConjunct;
import static dev.parley.core.claims.Spans.colonOrQuoteBefore;
import static dev.parley.core.claims.Spans.firstOf;
import static dev.parley.core.claims.Spans.following;
import static dev.parley.core.claims.Spans.hasVerb;
import static dev.parley.core.claims.Spans.headOf;
import static dev.parley.core.claims.Spans.isAdjunct;
import static dev.parley.core.claims.Spans.isAdjunctOf;
import static dev.parley.core.claims.Spans.isQuoteMark;
import static dev.parley.core.claims.Spans.isTime;
import static dev.parley.core.claims.Spans.nounCue;
import static dev.parley.core.claims.Spans.range;
import static dev.parley.core.claims.Spans.resumedQuote;
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
 * ({@code is expected to}) has none.
 */
final class AttributionFinder {
  private static final Set<String> ADJUNCT_END = Set.of(".", "!", "?", ";", ":");
  private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP");

  /** The cue of a headline "Speaker: what they said", the colon itself (no word to list in cues.tsv). */
  private static final Cue HEADLINE_COLON = new Cue(":", ClaimLexicon.CueClass.SAY, java.util.EnumSet.noneOf(Flag.class));
  /** How far after a cue a finite verb may stand and still open its content ("said the process of ... could be"). */
  private static final int CLAUSE_REACH = 25;
  /** The reach of the claims' reading, whose spans {@code parley eval analysis} measures on the demo gold. */
  private static final int CLAIM_CLAUSE_REACH = 12;
  private static final Set<String> OLD_NEGATION = Set.of("not", "n't", "never");
  private final ClaimLexicon lex;
  private final boolean polnear;

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
  }

  List<Attribution> find(Tree tree, Quotes quotes) {
    List<Attribution> out = new ArrayList<>();
    for (Sentence s : tree.doc().sentences()) {
      Attribution headline = polnear ? headline(tree, s) : null;
      if (headline != null) {
        out.add(headline);
        continue;
      }
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        if (quotes.at(t) != null) {
          continue; // a cue inside a quote belongs to the quoted words
        }
        Attribution a = phrase(tree, quotes, s, t);
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
          citing(tree, s, a);
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
  private boolean usable(Tree tree, int v) {
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

  private Attribution verb(Tree tree, Quotes quotes, Sentence s, int v, Cue cue) {
    Range cueRange = cueRange(tree, v);
    if (chained(tree, v)) {
      cueRange = new Range(cueRange(tree, tree.head(v)).first(), cueRange.end());
    }
    Attribution a = new Attribution(s.index(), cue, cueRange, v);
    int subj = subject(tree, v);
    if (subj >= 0) {
      setSource(tree, a, subj, false);
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
    if (opening(tree, quotes, s, a, true) || closing(tree, quotes, s, a) || opening(tree, quotes, s, a, false)
        || (polnear && relative(tree, s, a))) {
      if (a.source == null) {
        inherit(tree, a);
      }
      return a;
    }
    return null;
  }

  /** "which he said were split", "everything he said": the relative clause's noun or word is the content. */
  private static boolean relative(Tree tree, Sentence s, Attribution a) {
    int from = a.cueRange.end();
    List<Range> parts = RelativeContent.of(tree, s, a, from);
    if (parts == null) {
      return false;
    }
    a.content.addAll(parts);
    return true;
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

  private static int subject(Tree tree, int v) {
    for (int c : tree.children(v)) {
      if (tree.rel(c).equals("nsubj")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The source is the subject's phrase with its appositions ("Tom Vilsack, a former Iowa governor"), without a
   * relative clause ("Trump, who has relied on ..., said"), and without a time that the parser hung on it
   * ("the board on Monday rejected").
   */
  private void setSource(Tree tree, Attribution a, int head, boolean inherited) {
    int[] r = tree.subtree(head);
    int end = r[1];
    for (int c : tree.children(head)) {
      if (c > head && c < end && (polnear ? tree.relIs(c, "acl") : tree.rel(c).equals("acl:relcl"))) {
        int from = tree.subtree(c)[0];
        end = from > head ? from : end;
      }
    }
    boolean cut = true;
    while (cut) {
      cut = false;
      while (end - 1 > r[0] && tree.isPunct(end - 1)) {
        end--;
      }
      int k = end - 1;
      while (k > head && isTime(tree, k)) {
        k--;
      }
      if (k < end - 1 && k > head && (tree.lower(k).equals("on") || tree.lower(k).equals("in")) && k > r[0]) {
        end = k;
        cut = true;
      } else if (k < end - 1 && k >= head) {
        end = k + 1;
        cut = true;
      }
    }
    a.source = new Range(r[0], end);
    a.sourceHead = head;
    a.sourceInherited = inherited;
  }

  /**
   * The cue (with its speaker) closes the content: the tokens before it, after a comma, a quote or a dash, are
   * the content. Returns whether it matched.
   */
  private boolean closing(Tree tree, Quotes quotes, Sentence s, Attribution a) {
    int v = a.cueHead;
    if (polnear && a.source == null && FINITE.contains(tree.pos(v))) {
      Range name = SurfaceSpeaker.before(tree, s, a.cueRange.first()); // ""...," Rubio said." parsed into the quote
      if (name != null) {
        a.source = name;
        a.sourceHead = headOf(tree, name);
      }
    }
    int blockFirst = a.source != null && a.source.first() < a.cueRange.first() ? a.source.first() : a.cueRange.first();
    // words that only qualify the cue ("also", "has", "later") may stand between speaker and cue
    int before = blockFirst - 1;
    if (before - s.firstToken() < 1 || !(tree.isComma(before) || isQuoteMark(tree, before))) {
      return false;
    }
    int contentEnd = before;
    while (contentEnd > s.firstToken() && (tree.isComma(contentEnd - 1) || isQuoteMark(tree, contentEnd - 1))
        && quotes.at(contentEnd - 1) == null) {
      contentEnd--;
    }
    if (isQuoteMark(tree, before) && quotes.at(before) != null) {
      contentEnd = before + 1; // keep the closing quote with the content
    }
    // after the cue: the inverted speaker, then adjuncts, up to a comma or the sentence's end
    int after = a.cueRange.end();
    if (a.source == null && FINITE.contains(tree.pos(v))) {
      int np = firstOf(tree, v, "obj", "nsubj", "iobj", "obl:npmod", "nmod:npmod");
      if (np == after || (np > after && np - after <= 2 && !tree.isPunct(after))) {
        int[] r = tree.subtree(np);
        int next = r[1];
        if (next >= s.endToken() || tree.isPunct(next) || tree.pos(next).equals("IN")) {
          setSource(tree, a, np, false);
          after = a.source.end();
        }
      }
    }
    if (polnear && a.source == null && FINITE.contains(tree.pos(v))) {
      Range name = SurfaceSpeaker.after(tree, s, after); // ""...," said Devine." with "Devine" parsed as a complement
      if (name != null) {
        a.source = name;
        a.sourceHead = headOf(tree, name);
        after = name.end();
      }
    }
    if (a.source == null) {
      inherit(tree, a);
      if (a.source == null && a.cueRange.first() == v) {
        return false; // only a passive cue ("..., it was announced") closes without a speaker
      }
    }
    int end = after;
    while (end < s.endToken() && !tree.isComma(end) && !ADJUNCT_END.contains(tree.token(end).word())
        && !isQuoteMark(tree, end)) {
      end++;
    }
    int contentFirst = s.firstToken();
    Quotes.Quote q = quotes.at(contentFirst);
    if (q == null && contentEnd - 1 >= contentFirst) {
      q = quotes.at(contentEnd - 1);
    }
    if (q != null && q.first() < contentFirst) {
      contentFirst = q.first(); // a quote of several sentences
    }
    if (contentEnd - contentFirst < 1 || (contentEnd - contentFirst < 2 && !quotes.anyIn(contentFirst, contentEnd))) {
      return false;
    }
    Range first = new Range(contentFirst, contentEnd);
    if (polnear && !quotes.anyIn(contentFirst, contentEnd) && isAdjunctOf(tree, first, v)) {
      return false; // "Speaking in the East Room, Obama announced ...": a scene, not what is said
    }
    a.content.add(first);
    if (end < s.endToken() && tree.isComma(end)) {
      int k = end + 1;
      Quotes.Quote resumed = quotes.at(k);
      if (resumed != null && resumed.first() == k) {
        a.content.add(new Range(resumed.first(), resumed.end())); // "A," he said, "B."
      } else if (!hasVerb(tree, first) && k < s.endToken()) {
        Range rest = trim(tree, new Range(k, s.endToken())); // "The plan, he said, was ready."
        if (rest != null) {
          a.content.add(rest);
        }
      }
    } else if (polnear && quotes.anyIn(contentFirst, contentEnd)) {
      Range next = resumedQuote(tree, quotes, s, end);
      if (next != null) {
        a.content.add(next); // ""A," he said. "B."": the quote goes on after the speaker
      }
    }
    return true;
  }

  /**
   * The content follows the cue. Strong evidence first (a clausal complement, a quote right after the cue, or
   * a clause with a finite verb right after it, which a parser sometimes fails to attach), then, when
   * {@code strong} is false, an infinitive, an object, or an object with a quote ("called the accords "...").
   */
  private boolean opening(Tree tree, Quotes quotes, Sentence s, Attribution a, boolean strong) {
    int v = a.cueHead;
    Cue cue = a.cue;
    int from = a.addressee != null ? a.addressee.end() : a.cueRange.end();
    while (from < s.endToken() && isAdjunct(tree, from, v)) {
      from++;
    }
    Range content = null;
    int blockFirst = a.source != null && a.source.first() < a.cueRange.first() ? a.source.first() : a.cueRange.first();
    // "A," he said, "B.": a quote closes before the speaker (not a plain adjunct: "At a rally, Beck said, "...")
    boolean afterContent = blockFirst - 1 > s.firstToken()
        && (isQuoteMark(tree, blockFirst - 1) || (tree.isComma(blockFirst - 1) && isQuoteMark(tree, blockFirst - 2)));
    if (strong && afterContent && from < s.endToken()
        && (tree.isComma(from) || (polnear && ADJUNCT_END.contains(tree.token(from).word())))) {
      return false; // "A," he said, "B.": the closing reading takes both parts
    }
    if (strong) {
      int ccomp = -1;
      for (int c : tree.children(v)) {
        if (c >= from && (tree.rel(c).equals("ccomp")
            || (tree.rel(c).equals("parataxis") && colonOrQuoteBefore(tree, c, v)))) {
          ccomp = c;
          break;
        }
      }
      if (ccomp >= 0) {
        int start = tree.subtree(ccomp)[0];
        // "said on Monday that ...": the time or place before the clause qualifies the cue, not the content
        content = toClauseEnd(tree, s, start > from && tree.lower(start).equals("that") ? start : from);
        if (content != null && polnear) {
          int e = tree.subtree(ccomp)[1]; // what hangs on the cue after its clause is no part of it
          if (e > content.first() && e < content.end()) {
            content = new Range(content.first(), e);
          }
        }
      }
      if (content == null) {
        for (int k = from; k < Math.min(from + 4, s.endToken()); k++) {
          Quotes.Quote q = quotes.at(k);
          if (q != null && q.first() == k) {
            content = new Range(from, q.end());
            break;
          }
          if (!tree.isPunct(k) && !tree.lower(k).equals("that")) {
            break;
          }
        }
      }
      if (content == null && cue.cueClass() != ClaimLexicon.CueClass.WANT && from < s.endToken()
          && !tree.isPunct(from) && !tree.isVerb(from) && startsClause(tree, s, from)) {
        content = toClauseEnd(tree, s, from);
      }
    } else {
      if (cue.has(Flag.TO)) {
        int x = tree.child(v, "xcomp");
        if (x > v) {
          int[] r = tree.subtree(x);
          int o = tree.child(v, "obj");
          // "urged him to resign": who is to act belongs to what is urged
          int start = polnear && o > a.cueRange.end() - 1 && o < x ? Math.min(tree.subtree(o)[0], r[0]) : Math.max(r[0], from);
          content = new Range(start, r[1]);
        }
      }
      if (content == null && !cue.has(Flag.ADDRESSEE)) {
        for (int k = from; k < Math.min(from + 7, s.endToken()); k++) {
          Quotes.Quote q = quotes.at(k);
          if (q != null && q.first() == k && k > from) {
            content = new Range(from, q.end()); // "called the accords "the beginning of a new path""
            break;
          }
          if (tree.isPunct(k) || tree.isVerb(k)) {
            break;
          }
        }
      }
      if (content == null && cue.has(Flag.OBJ) && !cue.has(Flag.ADDRESSEE)) {
        int o = tree.child(v, "obj");
        if (o > v) {
          int[] r = tree.subtree(o);
          int end = r[1];
          boolean grew = true;
          while (grew) { // "praised the report for linking to ...": what follows the object goes with it
            grew = false;
            for (int c : tree.children(v)) {
              String rel = tree.rel(c);
              if (tree.subtree(c)[0] == end && (rel.startsWith("obl") || rel.equals("advcl") || rel.equals("xcomp"))
                  && !isTime(tree, c)) {
                end = tree.subtree(c)[1];
                grew = true;
              }
            }
          }
          content = new Range(Math.max(r[0], from), end);
        }
      }
    }
    if (content == null && polnear && strong && from < s.endToken() && tree.token(from).word().equals(":")
        && trim(tree, new Range(from, s.endToken())) == null) {
      content = following(tree, s); // "He said:" and the paragraph that follows
    }
    if (content == null || content.first() >= content.end()) {
      return false;
    }
    content = trim(tree, polnear ? beforeOwnConjunct(tree, content, v) : content);
    if (content == null) {
      return false;
    }
    Quotes.Quote q = quotes.at(content.end() - 1);
    if (q != null && q.end() > content.end() && q.first() >= content.first()) {
      content = new Range(content.first(), q.end()); // the quote goes on past the sentence
    }
    a.content.add(content);
    return true;
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
        int subj = subject(tree, t);
        if (subj >= 0) {
          setSource(tree, a, subj, false);
        } else {
          inherit(tree, a);
        }
      }
      a.content.add(content);
      return a;
    }
    return null;
  }

  /**
   * A headline that gives a speaker and what they said around a colon: "Sanders: Brexit's message could draw
   * Trump support", "Gillibrand on Hillary's transcripts: 'I think she will.'" The speaker is a short name
   * (proper nouns first, a topic after "on" left out); the colon is the cue.
   */
  private static Attribution headline(Tree tree, Sentence s) {
    int first = s.firstToken();
    int colon = -1;
    for (int k = first + 1; k < Math.min(first + 10, s.endToken()); k++) {
      if (tree.token(k).word().equals(":")) {
        colon = k;
        break;
      }
    }
    if (colon < 0 || !tree.pos(first).startsWith("NNP") || s.endToken() - colon < 4) {
      return null;
    }
    int speakerEnd = colon;
    for (int k = first; k < colon; k++) {
      String p = tree.pos(k);
      if (tree.lower(k).equals("on") && k > first) {
        speakerEnd = k;
        break;
      }
      if (!(p.startsWith("NN") || p.equals("POS") || p.equals("JJ") || p.equals("DT") || tree.isPunct(k))) {
        return null;
      }
    }
    if (speakerEnd - first > 6) {
      return null;
    }
    Range content = trim(tree, new Range(colon + 1, s.endToken()));
    if (content == null || content.size() < 3) {
      return null;
    }
    Attribution a = new Attribution(s.index(), HEADLINE_COLON, new Range(colon, colon + 1), colon);
    a.source = new Range(first, speakerEnd);
    a.sourceHead = headOf(tree, a.source);
    a.content.add(content);
    return a;
  }

  /** Whether a clause with a finite verb or a modal starts at a token, before the next comma and within reach. */
  private boolean startsClause(Tree tree, Sentence s, int from) {
    int k = tree.lower(from).equals("that") ? from + 1 : from;
    for (int i = k; i < Math.min(k + (polnear ? CLAUSE_REACH : CLAIM_CLAUSE_REACH), s.endToken()); i++) {
      String p = tree.pos(i);
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
        return i > k;
      }
      if (tree.isComma(i) || tree.token(i).word().equals(":")) {
        return false;
      }
    }
    return false;
  }

  /**
   * From a token to the end of the sentence, cut before what starts another attribution: a comma followed by
   * a cue participle ("adding", "saying") or by "according to".
   */
  private Range toClauseEnd(Tree tree, Sentence s, int from) {
    int end = s.endToken();
    for (int k = from + 1; k + 1 < s.endToken(); k++) {
      if (!tree.isComma(k)) {
        continue;
      }
      int n = k + 1;
      Cue c = tree.pos(n).equals("VBG") ? lex.verb(tree.lemma(n)) : null;
      if ((c != null && !c.has(Flag.RELAY)) || tree.lower(n).equals("according")) {
        end = k;
        break;
      }
    }
    return end > from ? new Range(from, end) : null;
  }

  /** A cue without a subject of its own continues a verb that has one ("refused ..., saying"). */
  private void inherit(Tree tree, Attribution a) {
    int v = a.cueHead;
    String r = tree.rel(v);
    if (!(r.equals("conj") || r.equals("xcomp") || r.equals("advcl") || r.equals("dep"))) {
      return;
    }
    int h = tree.head(v);
    if (h < 0 || h > v) {
      return;
    }
    int subj = subject(tree, h);
    if (subj >= 0 && subj < v) {
      setSource(tree, a, subj, true);
    }
  }

  // ---- phrases: "according to X" ----

  private Attribution phrase(Tree tree, Quotes quotes, Sentence s, int t) {
    for (Cue cue : lex.phrases()) {
      String[] words = cue.lemma().split(" ");
      if (t + words.length >= s.endToken()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < words.length && all; k++) {
        all = tree.lower(t + k).equals(words[k]);
      }
      if (all) {
        return according(tree, quotes, s, t, cue, words.length);
      }
    }
    return null;
  }

  private Attribution according(Tree tree, Quotes quotes, Sentence s, int t, Cue cue, int length) {
    Attribution a = new Attribution(s.index(), cue, new Range(t, t + length), t);
    int srcFirst = t + length;
    int srcEnd = srcFirst;
    while (srcEnd < s.endToken() && !tree.isComma(srcEnd) && !ADJUNCT_END.contains(tree.token(srcEnd).word())
        && !isQuoteMark(tree, srcEnd)) {
      srcEnd++;
    }
    if (srcEnd == srcFirst) {
      return null;
    }
    int k = srcEnd + 1; // "according to Axios, which cited two sources, ..."
    if (k + 1 < s.endToken() && tree.isComma(srcEnd) && lex.is(ClaimLexicon.SourceKind.RELATIVE, tree.lower(k))) {
      k++;
    }
    if (k < s.endToken() && tree.isComma(srcEnd) && tree.isVerb(k) && lex.isRelay(tree.lemma(k))) {
      srcEnd = k + 1;
      while (srcEnd < s.endToken() && !tree.isComma(srcEnd) && !ADJUNCT_END.contains(tree.token(srcEnd).word())) {
        srcEnd++;
      }
    }
    a.source = new Range(srcFirst, srcEnd);
    a.sourceHead = headOf(tree, a.source);
    Range before = t > s.firstToken() ? trim(tree, new Range(s.firstToken(), t)) : null;
    Range after = srcEnd < s.endToken() ? trim(tree, new Range(srcEnd, s.endToken())) : null;
    if (before != null && before.size() >= 2) {
      a.content.add(before);
    }
    if (after != null && after.size() >= 2) {
      a.content.add(after);
    }
    return a.content.isEmpty() ? null : a;
  }

  /** "Reuters reported, citing two officials, that ...": the officials speak, Reuters relays. */
  private void citing(Tree tree, Sentence s, Attribution a) {
    for (int k = a.cueRange.end(); k < Math.min(a.cueRange.end() + 3, s.endToken()); k++) {
      Cue c = tree.isVerb(k) ? lex.verb(tree.lemma(k)) : null;
      if (c != null && c.has(Flag.RELAY)) {
        int end = k + 1;
        while (end < s.endToken() && !tree.isComma(end) && !tree.lower(end).equals("that")
            && !ADJUNCT_END.contains(tree.token(end).word())) {
          end++;
        }
        if (end > k + 1) {
          a.cited = new Range(k + 1, end);
          for (int i = 0; i < a.content.size(); i++) {
            Range r = a.content.get(i);
            if (r.contains(k)) {
              Range rest = end < r.end() ? trim(tree, new Range(end, r.end())) : null;
              if (rest == null) {
                a.content.remove(i);
              } else {
                a.content.set(i, rest);
              }
              break;
            }
          }
        }
        return;
      }
    }
  }

}
