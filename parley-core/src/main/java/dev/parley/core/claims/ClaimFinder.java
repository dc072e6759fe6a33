package dev.parley.core.claims;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.Span;
import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.claims.ClaimLexicon.Flag;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the claims of an annotated article: quotes and reported statements, each with its speaker (an actor,
 * an anonymous source kept with its description, a document, or the publisher itself), the chain of relays
 * from the publisher to the speaker, whether it is quoted, and whether it is hedged. Thread-safe and
 * stateless between calls.
 *
 * <p>Steps: {@link AttributionFinder} finds cues with their source and content in each sentence; a quote
 * that fills a sentence of its own right after a quoted claim continues that claim; {@link Speakers}
 * resolves speakers and relays in text order; hedges ({@code hedges.txt}, and cues flagged {@code hedge}) are
 * looked for in the cue and the content.
 */
public final class ClaimFinder {
  private final ClaimLexicon lex;
  private final AttributionFinder claimFinder;
  private final AttributionFinder polnearFinder;
  private final AttributionModel model;

  ClaimFinder(ClaimLexicon lex) {
    this(lex, null);
  }

  private ClaimFinder(ClaimLexicon lex, AttributionModel model) {
    this.lex = lex;
    this.claimFinder = new AttributionFinder(lex, false);
    this.polnearFinder = new AttributionFinder(lex, true);
    this.model = model;
  }

  /**
   * A finder whose {@link #attributions} are judged by a learned model as well (see {@link AttributionModel});
   * {@link #find} (the claims of the contract) is unchanged.
   */
  public ClaimFinder withModel(AttributionModel model) {
    return new ClaimFinder(lex, Objects.requireNonNull(model, "model"));
  }

  /** The finder on the bundled cue, source and hedge lists, built on first use and shared. */
  public static ClaimFinder bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ClaimFinder INSTANCE = new ClaimFinder(ClaimLexicon.bundled());
  }

  /**
   * The claims of a document, numbered c1, c2 ... in text order.
   *
   * @param doc the annotated text; every span of the result indexes {@code doc.text()}
   * @param actors the document's actors, their mentions in {@code doc}'s offsets
   * @param publisher the publisher (the article's outlet), first link of every chain; null if unknown
   * @param from claims whose content starts before this offset (a title and lead read before the text) are
   *     read, so that later references find them, but not returned
   */
  public List<Claim> find(NlpDocument doc, List<Actor> actors, String publisher, int from) {
    return find(doc, actors, publisher, from, true);
  }

  /**
   * Every attribution of a document, claims or not: statements, and also intentions, wishes and attitudes
   * ("wants to", "refused to", "criticized"), each as a {@link Claim} record (the form PolNeAR annotates; see
   * {@code parley eval attribution}). Numbered a1, a2 ... in text order.
   */
  public List<Claim> attributions(NlpDocument doc, List<Actor> actors, String publisher) {
    return find(doc, actors, publisher, 0, false);
  }

  private List<Claim> find(NlpDocument doc, List<Actor> actors, String publisher, int from, boolean claimsOnly) {
    Objects.requireNonNull(doc, "doc");
    Tree tree = new Tree(doc);
    Quotes quotes = Quotes.of(doc);
    List<Attribution> found = new ArrayList<>((claimsOnly ? claimFinder : polnearFinder).find(tree, quotes));
    if (!claimsOnly && model != null) {
      found = new ArrayList<>(new ModelReading(polnearFinder, model).revise(tree, quotes, found));
    }
    if (claimsOnly) {
      found.removeIf(a -> !a.cue.cueClass().claim() || a.cue.has(Flag.NOMINAL));
    } else { // PolNeAR gives each word one role: an attribution inside another's content is part of that content
      List<Attribution> all = List.copyOf(found);
      found.removeIf(a -> (!a.cue.cueClass().claim() || a.cue.has(Flag.NOMINAL)) && all.stream().anyMatch(b -> b != a && b.contentContains(a.cueHead)
          && !a.contentContains(b.cueHead)));
    }
    continueQuotes(tree, quotes, found);
    Speakers speakers = new Speakers(lex, tree, List.copyOf(actors), publisher);
    ChainLink head = new ChainLink(speakers.publisherName(), ChainLink.Kind.PUBLISHER);
    List<Claim> out = new ArrayList<>();
    List<Speakers.Who> whos = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Attribution a = found.get(i);
      Speakers.Who enclosing = null;
      for (int j = i - 1; j >= 0 && enclosing == null; j--) {
        if (found.get(j).contentContains(a.cueHead)) {
          enclosing = whos.get(j);
        }
      }
      Speakers.Who who = speakers.resolve(a, enclosing);
      whos.add(who);
      int start = tree.token(a.contentFirst()).start();
      if (start < from) {
        continue;
      }
      Claim c = claim(tree, quotes, a, who, head, (claimsOnly ? "c" : "a") + (out.size() + 1));
      if (!claimsOnly) { // the source as written ("who", "he"), not where the speaker is resolved to
        Range r = a.source;
        Span written = r == null ? null : new Span(tree.token(r.first()).start(), tree.token(r.end() - 1).end());
        c = new Claim(c.id(), c.text(), c.span(), c.direct(), new Speaker(c.speaker().actor(),
            c.speaker().description(), c.speaker().anonymous(), written), c.chain(), c.cue(), c.cueSpan(), c.hedged(),
            c.hedge());
      }
      out.add(c);
    }
    return out;
  }

  private Claim claim(Tree tree, Quotes quotes, Attribution a, Speakers.Who who, ChainLink head, String id) {
    StringBuilder text = new StringBuilder();
    boolean direct = false;
    for (Range r : a.content) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(tree.text(r.first(), r.end()));
      direct |= quotes.anyIn(r.first(), r.end());
    }
    Span span = new Span(tree.token(a.contentFirst()).start(), tree.token(a.contentEnd() - 1).end());
    Span cueSpan = new Span(tree.token(a.cueRange.first()).start(), tree.token(a.cueRange.end() - 1).end());
    List<ChainLink> chain = new ArrayList<>();
    chain.add(head);
    if (who.kind() != ChainLink.Kind.PUBLISHER) {
      chain.addAll(who.after());
    }
    Speaker speaker = new Speaker(who.actor(), who.description(), who.anonymous(), who.span());
    String hedge = hedge(tree, a);
    return new Claim(id, text.toString(), span, direct, speaker, chain, tree.text(a.cueRange.first(), a.cueRange.end()),
        cueSpan, hedge != null, hedge);
  }

  /** The hedge of a claim as written: a hedging cue, else the first hedge word or phrase in cue or content. */
  private String hedge(Tree tree, Attribution a) {
    if (a.cue.has(Flag.HEDGE)) {
      return tree.text(a.cueRange.first(), a.cueRange.end());
    }
    List<Range> where = new ArrayList<>(a.content);
    where.add(0, a.cueRange);
    for (int c : tree.children(a.cueHead)) {
      if (tree.rel(c).equals("advmod") || tree.rel(c).equals("aux")) {
        where.add(0, new Range(c, c + 1));
      }
    }
    int best = -1;
    int bestLen = 0;
    for (Range r : where) {
      for (int i = r.first(); i < r.end(); i++) {
        for (List<String> h : lex.hedges()) {
          if (i + h.size() <= r.end() && matches(tree, i, h) && (best < 0 || i < best)) {
            best = i;
            bestLen = h.size();
          }
        }
      }
      if (best >= 0) {
        break;
      }
    }
    return best < 0 ? null : tree.text(best, best + bestLen);
  }

  private static boolean matches(Tree tree, int i, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!tree.lower(i + k).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A sentence that is one quote and no cue, right after a claim whose content ends in a quote in the same
   * paragraph, goes on with that claim ({@code "A," he said. "B."}).
   */
  private static void continueQuotes(Tree tree, Quotes quotes, List<Attribution> found) {
    NlpDocument doc = tree.doc();
    int next = 0;
    for (Sentence s : doc.sentences()) {
      while (next < found.size() && found.get(next).sentence < s.index()) {
        next++;
      }
      if (next < found.size() && found.get(next).sentence == s.index()) {
        continue;
      }
      Attribution prev = next > 0 ? found.get(next - 1) : null;
      Quotes.Quote q = quotes.at(s.firstToken());
      if (prev == null || q == null || q.first() != s.firstToken() || q.end() < s.endToken() - 1) {
        continue;
      }
      Range last = prev.content.get(prev.content.size() - 1);
      if (prev.contentContains(s.firstToken()) || !Spans.isQuoteMark(tree, last.end() - 1)) {
        continue;
      }
      int gapFrom = tree.token(last.end() - 1).end();
      int gapTo = tree.token(q.first()).start();
      if (gapTo <= gapFrom || doc.text().substring(gapFrom, gapTo).contains("\n")
          || doc.sentenceOf(last.end() - 1).index() < s.index() - 2) {
        continue;
      }
      prev.content.add(new Range(q.first(), q.end()));
    }
  }
}
