package dev.parley.core.events;

import dev.parley.core.dictionary.CameoEvent;
import dev.parley.core.dictionary.CameoEvents;
import dev.parley.core.nlp.DateRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an article's codings into the contract's events: one event per happening, not per report (the
 * same root between the same two actors with the same modality, and no conflicting place or date, is
 * one event, its first report the evidence), with the codebook's QuadClass and Goldstein value, and ids
 * {@code e1, e2 ...} in text order, then those told only in the title or lead. An event the title or lead tells is the text's event when the text
 * tells it too (the text's sentence is the evidence, the head may add a place or date); one told only in
 * the head is kept, its evidence the head's sentence with the empty span {@code 0..0} (see {@link Evidence}).
 */
public final class Events {
  private Events() {}

  /**
   * @param codings the codings, offsets into the NLP text
   * @param nlpText the NLP layer's text
   * @param offset where the article's text starts in it (evidence offsets are shifted to the text)
   * @param actors the article's actors
   */
  public static List<Event> of(List<Coding> codings, String nlpText, int offset, ActorLookup actors) {
    List<Coding> sorted = new ArrayList<>(codings);
    sorted.sort(Comparator.comparing((Coding c) -> c.start() < offset) // the text's reports first
        .thenComparingInt(Coding::start).thenComparingInt(Coding::trigger));
    List<Coding> merged = new ArrayList<>();
    for (Coding c : sorted) {
      if (codebook(c.code()).isEmpty()) {
        continue;
      }
      int same = -1;
      for (int i = 0; i < merged.size() && same < 0; i++) {
        if (sameEvent(merged.get(i), c)) {
          same = i;
        }
      }
      if (same < 0) {
        merged.add(c);
      } else {
        merged.set(same, merge(merged.get(same), c));
      }
    }
    List<Event> out = new ArrayList<>();
    for (Coding c : merged) {
      CameoEvent e = codebook(c.code()).orElseThrow();
      boolean inHead = c.start() < offset;
      int start = inHead ? 0 : c.start() - offset;
      int end = inHead ? 0 : c.end() - offset;
      out.add(new Event("e" + (out.size() + 1), e.code(), e.root(), e.quadClass(), e.goldstein().orElse(0),
          c.source(), c.target(), c.participants(), c.location(), c.date(), c.modality(),
          new Evidence(start, end, nlpText.substring(c.start(), c.end())), null, c.roles()));
    }
    return out;
  }

  /** The codebook's entry for a code, or for the nearest more general code it has. */
  static Optional<CameoEvent> codebook(String code) {
    CameoEvents book = CameoEvents.bundled();
    for (int len = code.length(); len >= 2; len--) {
      String c = code.substring(0, len);
      if (CameoEvents.isCode(c) && book.get(c).isPresent()) {
        return book.get(c);
      }
    }
    return Optional.empty();
  }

  private static boolean sameEvent(Coding a, Coding b) {
    boolean sides = Objects.equals(a.source(), b.source()) && Objects.equals(a.target(), b.target())
        || Objects.equals(a.source(), b.target()) && Objects.equals(a.target(), b.source());
    return sides && a.code().substring(0, 2).equals(b.code().substring(0, 2)) && a.modality() == b.modality()
        && compatible(a.location(), b.location()) && compatible(a.date(), b.date());
  }

  private static boolean compatible(Object a, Object b) {
    return a == null || b == null || a.equals(b);
  }

  private static Coding merge(Coding a, Coding b) {
    Set<String> participants = new LinkedHashSet<>(a.participants());
    participants.addAll(b.participants());
    Set<Event.Role> roles = new LinkedHashSet<>(a.roles());
    roles.addAll(b.roles());
    String location = a.location() != null ? a.location() : b.location();
    DateRange date = a.date() != null ? a.date() : b.date();
    return new Coding(a.sentence(), a.trigger(), a.code(), a.paired(), a.source(), a.target(),
        List.copyOf(participants), location, date, a.modality(), List.copyOf(roles), a.start(), a.end());
  }
}
