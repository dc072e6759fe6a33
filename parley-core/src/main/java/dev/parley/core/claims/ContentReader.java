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
import static dev.parley.core.claims.Spans.resumedQuote;
import static dev.parley.core.claims.Spans.trim;

import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.claims.ClaimLexicon.Cue;
import dev.parley.core.claims.ClaimLexicon.Flag;
import dev.parley.core.nlp.Sentence;
import java.util.List;
import java.util.Set;

/**
 * Where a verb cue's content lies in its sentence: before the cue, which closes it with its speaker
 * ({@code "...," he said}), or after it (its clause, a quote, an infinitive or object by flag), or in the
 * relative clause the cue stands in. Each reading fills the attribution's content and says whether it matched.
 */
final class ContentReader {
  private static final Set<String> ADJUNCT_END = Set.of(".", "!", "?", ";", ":");
  private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP");
  /** How far after a cue a finite verb may stand and still open its content ("said the process of ... could be"). */
  private static final int CLAUSE_REACH = 25;
  /** The reach of the claims' reading, whose spans {@code parley eval analysis} measures on the demo gold. */
  private static final int CLAIM_CLAUSE_REACH = 12;
  /** The most tokens a sentence of a speaker and a bare cue ("Sen. John Smith told reporters.") may have. */
  private static final int MAX_BARE_CUE = 12;
  private final ClaimLexicon lex;
  private final boolean polnear;
  private final SourceReader sources;

  ContentReader(ClaimLexicon lex, boolean polnear, SourceReader sources) {
    this.lex = lex;
    this.polnear = polnear;
    this.sources = sources;
  }

  /** "which he said were split", "everything he said": the relative clause's noun or word is the content. */
  static boolean relative(Tree tree, Sentence s, Attribution a) {
    int from = a.cueRange.end();
    List<Range> parts = RelativeContent.of(tree, s, a, from);
    if (parts == null) {
      return false;
    }
    a.content.addAll(parts);
    return true;
  }

  /**
   * The cue (with its speaker) closes the content: the tokens before it, after a comma, a quote or a dash, are
   * the content. Returns whether it matched.
   */
  boolean closing(Tree tree, Quotes quotes, Sentence s, Attribution a) {
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
    if (polnear && a.source != null && (before < s.firstToken() || (before == s.firstToken() && isQuoteMark(tree, before)))) {
      return quoteBefore(tree, quotes, s, a); // ""A." He said." split by the sentence splitter
    }
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
          sources.setSource(tree, a, np, false);
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
      sources.inherit(tree, a);
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
  boolean opening(Tree tree, Quotes quotes, Sentence s, Attribution a, boolean strong) {
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
   * A sentence of a speaker and a cue alone ("He said." "Rubio told reporters.") right after a quote that ends
   * the sentence before it, in the same paragraph: the quote is the content. Returns whether it matched.
   */
  private static boolean quoteBefore(Tree tree, Quotes quotes, Sentence s, Attribution a) {
    int end = s.endToken();
    while (end > a.cueRange.end() && tree.isPunct(end - 1)) {
      end--;
    }
    if (end - s.firstToken() > MAX_BARE_CUE || s.index() == 0
        || (end > a.cueRange.end() && hasVerb(tree, new Range(a.cueRange.end(), end)))) {
      return false;
    }
    Quotes.Quote q = quotes.at(s.firstToken());
    if (q == null || q.first() >= s.firstToken()) {
      Sentence prev = tree.doc().sentences().get(s.index() - 1);
      if (tree.doc().text().substring(prev.end(), s.start()).contains("\n")) {
        return false;
      }
      int k = prev.endToken() - 1;
      while (k > prev.firstToken() && tree.isPunct(k) && !isQuoteMark(tree, k)) {
        k--;
      }
      q = isQuoteMark(tree, k) ? quotes.at(k) : null;
      if (q == null || q.end() != k + 1) {
        return false;
      }
    }
    Range quoted = trim(tree, new Range(q.first(), Math.min(q.end(), s.firstToken())));
    if (quoted == null || quoted.size() < 3) {
      return false;
    }
    a.content.add(quoted);
    return true;
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
}
