package dev.parley.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.nlp.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventsTest {
  private static final String HEAD = "Title\n\n";
  private static final String TEXT = "Kyiv met Moscow. Moscow met Kyiv in Geneva. Kyiv attacked Moscow.";
  private static final ActorLookup ACTORS = ParsedDoc.of("x/x/NN/O/0/root").actors(Set.of());

  private static Coding coding(String code, String source, String target, String location, String sentence) {
    int start = (HEAD + TEXT).indexOf(sentence);
    return new Coding(0, start, code, null, source, target, List.of(source, target), location, null,
        Modality.ASSERTED, List.of(), start, start + sentence.length());
  }

  @Test
  void oneHappeningReportedTwiceIsOneEventWithTheCodebooksValuesAndTextOffsets() {
    List<Event> events = Events.of(List.of(
        coding("040", "a1", "a2", null, "Kyiv met Moscow."),
        coding("043", "a2", "a1", "Geneva", "Moscow met Kyiv in Geneva."),
        coding("190", "a1", "a2", null, "Kyiv attacked Moscow.")), HEAD + TEXT, HEAD.length(), ACTORS);
    assertThat(events).extracting(Event::id).containsExactly("e1", "e2");
    Event meeting = events.get(0);
    assertThat(meeting.code()).isEqualTo("040");
    assertThat(meeting.quad()).isEqualTo(1);
    assertThat(meeting.location()).isEqualTo("Geneva");
    assertThat(TEXT.substring(meeting.evidence().start(), meeting.evidence().end())).isEqualTo("Kyiv met Moscow.");
    assertThat(events.get(1).quad()).isEqualTo(4);
    assertThat(events.get(1).goldstein()).isNegative();
  }

  @Test
  void differentDatesKeepEventsApartAndUnknownCodesAreDropped() {
    Coding a = coding("040", "a1", "a2", null, "Kyiv met Moscow.");
    Coding b = coding("040", "a1", "a2", null, "Moscow met Kyiv in Geneva.");
    DateRange d1 = DateRange.day(LocalDate.of(2025, 11, 23));
    DateRange d2 = DateRange.day(LocalDate.of(2025, 11, 30));
    Coding a1 = new Coding(0, a.trigger(), "040", null, "a1", "a2", a.participants(), null, d1, Modality.ASSERTED,
        List.of(), a.start(), a.end());
    Coding b2 = new Coding(0, b.trigger(), "040", null, "a1", "a2", b.participants(), null, d2, Modality.ASSERTED,
        List.of(), b.start(), b.end());
    Coding nonsense = new Coding(0, b.trigger(), "903", null, "a1", "a2", b.participants(), null, null,
        Modality.ASSERTED, List.of(), b.start(), b.end());
    assertThat(Events.of(List.of(a1, b2, nonsense), HEAD + TEXT, HEAD.length(), ACTORS)).hasSize(2);
  }
}
