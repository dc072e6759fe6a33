package dev.parley.core.claims;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.claims.ClaimLexicon.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says who speaks in each attribution, in text order, and through whom: resolves the source as written to an
 * actor, an anonymous description, a document, or (for "he", "the source", "the outlet") to a speaker named
 * before, and builds the chain from the publisher to the speaker.
 *
 * <p>Relays come from the sentence ("told the publication", "told CNN", "Reuters reported, citing officials"),
 * from a claim that encloses this one ("CNN reported that an insider said ..."), and from the antecedent of a
 * reference ("claimed the source" relays as the insider did).
 */
final class Speakers {
  /** A resolved speaker with its chain after the publisher (relays, then the speaker itself). */
  record Who(String actor, String description, boolean anonymous, Span span, ChainLink.Kind kind, List<ChainLink> after,
      int sentence, String head) {}

  private final ClaimLexicon lex;
  private final Tree tree;
  private final List<Actor> actors;
  private final String publisher;
  private final List<Who> history = new ArrayList<>();

  Speakers(ClaimLexicon lex, Tree tree, List<Actor> actors, String publisher) {
    this.lex = lex;
    this.tree = tree;
    this.actors = actors;
    this.publisher = publisher;
  }

  /** The speaker of an attribution; {@code enclosing} is the attribution whose content holds it, or null. */
  Who resolve(Attribution a, Who enclosing) {
    List<ChainLink> relays = new ArrayList<>();
    if (enclosing != null) {
      relays.addAll(enclosing.after());
    }
    Who who;
    if (a.cited != null) {
      Who relay = a.source == null ? null : named(a, a.source, a.sourceHead, List.of());
      if (relay != null && !relay.after().isEmpty()) {
        relays.addAll(relay.after());
      }
      who = named(a, a.cited, Spans.headOf(tree, a.cited), relays);
    } else if (a.source == null) {
      who = publisherSpeaks(a.sentence, relays);
    } else {
      Who told = addressee(a);
      if (told != null) {
        relays.add(told.after().get(told.after().size() - 1));
      }
      List<Range> parts = relayParts(a.source);
      for (Range part : parts.subList(0, parts.size() - 1)) {
        Who relay = named(a, part, Spans.headOf(tree, part), List.of());
        relays.add(relay.after().get(relay.after().size() - 1));
      }
      Range last = parts.get(parts.size() - 1);
      who = named(a, last, parts.size() == 1 ? a.sourceHead : Spans.headOf(tree, last), relays);
    }
    history.add(who);
    return who;
  }

  /** "Ukrainska Pravda, citing Politico, which in turn quoted a European official": relays, then the speaker. */
  private List<Range> relayParts(Range r) {
    List<Range> parts = new ArrayList<>();
    int start = r.first();
    for (int i = r.first(); i < r.end(); i++) {
      if (tree.isVerb(i) && lex.isRelay(tree.lemma(i))) {
        Range part = words(start, i);
        if (part != null) {
          parts.add(part);
        }
        start = i + 1;
      }
    }
    Range rest = words(start, r.end());
    if (rest != null) {
      parts.add(rest);
    }
    return parts.isEmpty() ? List.of(r) : parts;
  }

  /** A range without punctuation, relative pronouns and "in turn" at its edges, or null if nothing is left. */
  private Range words(int first, int end) {
    while (first < end && (tree.isPunct(first) || lex.is(SourceKind.RELATIVE, tree.lower(first))
        || tree.lower(first).equals("in") && first + 1 < end && tree.lower(first + 1).equals("turn"))) {
      first += tree.lower(first).equals("in") ? 2 : 1;
    }
    while (end > first && (tree.isPunct(end - 1) || tree.lower(end - 1).equals("turn") || tree.lower(end - 1).equals("in"))) {
      end--;
    }
    return end > first ? new Range(first, end) : null;
  }

  private Who publisherSpeaks(int sentence, List<ChainLink> relays) {
    if (!relays.isEmpty()) { // nested in a relayed claim with no speaker of its own: the relay's words
      ChainLink last = relays.get(relays.size() - 1);
      return new Who(null, last.name(), last.kind() == ChainLink.Kind.ANONYMOUS, null, last.kind(),
          List.copyOf(relays), sentence, "");
    }
    return new Who(null, publisherName(), false, null, ChainLink.Kind.PUBLISHER, List.of(), sentence, "");
  }

  String publisherName() {
    return publisher == null || publisher.isBlank() ? "the publisher" : publisher;
  }

  /** "told the publication", "told CNN": the outlet that relays, or null. */
  private Who addressee(Attribution a) {
    if (a.addressee == null) {
      return null;
    }
    Actor outlet = outletIn(a.addressee);
    if (outlet == null && isReference(a.addressee, SourceKind.OUTLET_REF)) {
      outlet = lastOutletBefore(tree.token(a.addressee.first()).start());
    }
    if (outlet == null || isPublisher(outlet.name())) {
      return null;
    }
    return new Who(outlet.id(), outlet.name(), false, null, ChainLink.Kind.OUTLET,
        List.of(new ChainLink(outlet.name(), ChainLink.Kind.OUTLET)), a.sentence, "");
  }

  private Who named(Attribution a, Range r, int head, List<ChainLink> relays) {
    Span span = new Span(tree.token(r.first()).start(), tree.token(r.end() - 1).end());
    String text = description(r);
    String headWord = head >= 0 ? tree.lower(head) : "";
    if (r.size() == 1 && lex.is(SourceKind.PRONOUN, headWord)) {
      Who antecedent = pronoun(headWord, span.start());
      if (antecedent != null) {
        return with(antecedent, span, a.sentence, relays, true);
      }
    }
    if (r.size() == 1 && lex.is(SourceKind.RELATIVE, headWord)) {
      int noun = tree.head(a.cueHead) >= 0 && tree.rel(a.cueHead).equals("acl:relcl") ? tree.head(a.cueHead) : -1;
      if (noun >= 0) {
        int[] np = tree.subtree(noun);
        int end = Math.min(np[1], a.cueRange.first());
        while (end > np[0] + 1 && (tree.isPunct(end - 1) || lex.is(SourceKind.RELATIVE, tree.lower(end - 1)))) {
          end--;
        }
        return named(a, new Range(np[0], Math.max(end, np[0] + 1)), noun, relays);
      }
    }
    if (isPersonReference(r, head)) {
      Who antecedent = pronoun("he", span.start());
      if (antecedent != null) {
        return with(antecedent, span, a.sentence, relays, true);
      }
    }
    if (isReference(r, SourceKind.OUTLET_REF)) {
      Actor outlet = lastOutletBefore(span.start());
      if (outlet != null) {
        return speakerActor(outlet, outlet.name(), span, a.sentence, relays);
      }
    }
    if (isReference(r, SourceKind.SOURCE_REF)) {
      Who antecedent = lastSource(headWord);
      if (antecedent != null) {
        return with(antecedent, span, a.sentence, relays, false);
      }
    }
    boolean anonymousWords = lex.is(SourceKind.ANONYMOUS, headWord) || lex.is(SourceKind.MEDIA, headWord)
        || hasMarker(r);
    Actor actor = actorIn(r, head);
    if (actor != null && !(anonymousWords && actor.kind() != ActorKind.PERSON && !covers(actor, r, head))) {
      return speakerActor(actor, text, span, a.sentence, relays);
    }
    if (anonymousWords) {
      return make(null, text, true, span, ChainLink.Kind.ANONYMOUS, a.sentence, relays, headWord);
    }
    if (lex.is(SourceKind.DOCUMENT, headWord)) {
      return make(null, text, false, span, ChainLink.Kind.DOCUMENT, a.sentence, relays, headWord);
    }
    String ner = head >= 0 ? tree.token(head).ner() : "O";
    ChainLink.Kind kind = ner.equals("PERSON") ? ChainLink.Kind.PERSON : ChainLink.Kind.ORGANIZATION;
    return make(null, text, false, span, kind, a.sentence, relays, headWord);
  }

  private Who speakerActor(Actor actor, String text, Span span, int sentence, List<ChainLink> relays) {
    ChainLink.Kind kind = isOutlet(actor) ? ChainLink.Kind.OUTLET
        : actor.kind() == ActorKind.PERSON ? ChainLink.Kind.PERSON : ChainLink.Kind.ORGANIZATION;
    if (kind == ChainLink.Kind.OUTLET && isPublisher(actor.name())) {
      return new Who(actor.id(), text, false, span, ChainLink.Kind.PUBLISHER, List.of(), sentence, "");
    }
    return make(actor.id(), text, false, span, kind, sentence, relays, actor.name());
  }

  private Who make(String actor, String description, boolean anonymous, Span span, ChainLink.Kind kind, int sentence,
      List<ChainLink> relays, String head) {
    List<ChainLink> after = new ArrayList<>(relays);
    String name = actor == null ? description : actorName(actor);
    after.removeIf(l -> l.name().equalsIgnoreCase(name));
    after.add(new ChainLink(name, kind));
    return new Who(actor, description, anonymous, span, kind, List.copyOf(after), sentence, head);
  }

  /** A speaker named before, named again here ("he", "the source"): same speaker and chain, this span. */
  private static Who with(Who antecedent, Span span, int sentence, List<ChainLink> relays, boolean pronoun) {
    List<ChainLink> after = new ArrayList<>(relays);
    for (ChainLink l : antecedent.after()) {
      if (!after.contains(l)) {
        after.add(l);
      }
    }
    return new Who(antecedent.actor(), antecedent.description(), antecedent.anonymous(), span, antecedent.kind(),
        List.copyOf(after), sentence, antecedent.head());
  }

  // ---- references ----

  private Who pronoun(String word, int offset) {
    boolean person = word.equals("he") || word.equals("she") || word.equals("i");
    for (int i = history.size() - 1; i >= 0; i--) {
      Who w = history.get(i);
      if (w.sentence() < tree.doc().sentenceOf(firstTokenAt(offset)).index() - 6) {
        break;
      }
      if (w.kind() == ChainLink.Kind.PUBLISHER) {
        continue;
      }
      if (person ? w.kind() == ChainLink.Kind.PERSON || (w.anonymous() && singular(w.head()))
          : w.kind() != ChainLink.Kind.PERSON) {
        return w;
      }
    }
    if (person) {
      Actor p = nearestBefore(offset, ActorKind.PERSON);
      if (p != null) {
        return new Who(p.id(), p.name(), false, null, ChainLink.Kind.PERSON,
            List.of(new ChainLink(p.name(), ChainLink.Kind.PERSON)), -1, p.name());
      }
    }
    return null;
  }

  private static boolean singular(String head) {
    return !head.endsWith("s") || head.endsWith("ss");
  }

  private Who lastSource(String headWord) {
    for (int i = history.size() - 1; i >= 0; i--) {
      Who w = history.get(i);
      if (w.kind() == ChainLink.Kind.PUBLISHER || w.kind() == ChainLink.Kind.OUTLET) {
        continue;
      }
      if (w.anonymous() || w.head().equals(headWord) || w.description().toLowerCase(Locale.ROOT).contains(headWord)) {
        return w;
      }
    }
    return null;
  }

  /** How the text names a speaker: the source up to its first comma ("A US official, speaking on ..."). */
  private String description(Range r) {
    int end = r.end();
    for (int i = r.first() + 1; i < r.end(); i++) {
      if (tree.isComma(i)) {
        end = i;
        break;
      }
    }
    return tree.text(r.first(), end);
  }

  /** "the Russian leader": "the", adjectives and a listed title, and no person named in it. */
  private boolean isPersonReference(Range r, int head) {
    if (head < 0 || !tree.lower(r.first()).equals("the") || !lex.is(SourceKind.PERSON_REF, tree.lower(head))
        || head != r.end() - 1) {
      return false;
    }
    for (int i = r.first() + 1; i < head; i++) {
      String p = tree.pos(i);
      if (!(p.startsWith("JJ") || p.equals("NNP") && !tree.token(i).ner().equals("PERSON"))) {
        return false;
      }
    }
    return actorIn(r, head) == null || actorIn(r, head).kind() != ActorKind.PERSON;
  }

  /** "the outlet", "the news agency": "the" (or this, that) and listed words only. */
  private boolean isReference(Range r, SourceKind kind) {
    List<String> words = new ArrayList<>();
    for (int i = r.first(); i < r.end(); i++) {
      words.add(tree.lower(i));
    }
    if (words.size() < 2 || !(words.get(0).equals("the") || words.get(0).equals("this") || words.get(0).equals("that"))) {
      return false;
    }
    List<String> rest = words.subList(1, words.size());
    return rest.size() == 1 ? lex.is(kind, rest.get(0)) : lex.phrases(kind).contains(rest);
  }

  private boolean hasMarker(Range r) {
    for (List<String> m : lex.phrases(SourceKind.MARKER)) {
      for (int i = r.first(); i + m.size() <= r.end(); i++) {
        boolean all = true;
        for (int k = 0; k < m.size() && all; k++) {
          all = tree.lower(i + k).equals(m.get(k));
        }
        if (all) {
          return true;
        }
      }
    }
    for (int i = r.first(); i < r.end(); i++) {
      if (lex.is(SourceKind.MARKER, tree.lower(i))) {
        return true;
      }
    }
    return false;
  }

  // ---- actors ----

  /** The actor a source names: the one whose mention holds the head, else a person, else the first. */
  private Actor actorIn(Range r, int head) {
    int start = tree.token(r.first()).start();
    int end = tree.token(r.end() - 1).end();
    int headStart = head >= 0 ? tree.token(head).start() : -1;
    Actor first = null;
    Actor person = null;
    for (Actor x : actors) {
      for (Span m : x.mentions()) {
        if (m.start() < end && m.end() > start) {
          if (headStart >= m.start() && headStart < m.end()) {
            return x;
          }
          if (x.kind() == ActorKind.PERSON && person == null) {
            person = x;
          }
          if (first == null || m.start() < firstStart(first, start, end)) {
            first = x;
          }
        }
      }
    }
    return person != null ? person : first;
  }

  private static int firstStart(Actor x, int start, int end) {
    return x.mentions().stream().filter(m -> m.start() < end && m.end() > start).mapToInt(Span::start).min()
        .orElse(Integer.MAX_VALUE);
  }

  private boolean covers(Actor actor, Range r, int head) {
    if (head < 0) {
      return false;
    }
    int hs = tree.token(head).start();
    return actor.mentions().stream().anyMatch(m -> hs >= m.start() && hs < m.end());
  }

  private Actor outletIn(Range r) {
    int start = tree.token(r.first()).start();
    int end = tree.token(r.end() - 1).end();
    for (Actor x : actors) {
      if (isOutlet(x) && x.mentions().stream().anyMatch(m -> m.start() < end && m.end() > start)) {
        return x;
      }
    }
    return null;
  }

  private Actor lastOutletBefore(int offset) {
    Actor best = null;
    int bestStart = -1;
    for (Actor x : actors) {
      if (!isOutlet(x) || isPublisher(x.name())) {
        continue;
      }
      for (Span m : x.mentions()) {
        if (m.end() <= offset && m.start() > bestStart) {
          best = x;
          bestStart = m.start();
        }
      }
    }
    return best;
  }

  private Actor nearestBefore(int offset, ActorKind kind) {
    Actor best = null;
    int bestStart = -1;
    for (Actor x : actors) {
      if (x.kind() != kind) {
        continue;
      }
      for (Span m : x.mentions()) {
        if (m.end() <= offset && m.start() > bestStart) {
          best = x;
          bestStart = m.start();
        }
      }
    }
    return best;
  }

  private String actorName(String id) {
    for (Actor x : actors) {
      if (x.id().equals(id)) {
        return x.name();
      }
    }
    return id;
  }

  private int firstTokenAt(int offset) {
    int lo = 0;
    int hi = tree.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tree.token(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static boolean isOutlet(Actor a) {
    return a.kind() == ActorKind.ORGANIZATION && a.cameo() != null && a.cameo().endsWith("MED");
  }

  /** Whether a name is the publisher's ("Reuters" for reuters.com). */
  boolean isPublisher(String name) {
    if (publisher == null) {
      return false;
    }
    String p = letters(publisher.replaceFirst("\\.[a-z.]+$", ""));
    String n = letters(name);
    return n.length() >= 3 && p.length() >= 3 && (p.startsWith(n) || n.startsWith(p));
  }

  private static String letters(String s) {
    StringBuilder sb = new StringBuilder();
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
