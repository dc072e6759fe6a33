package dev.parley.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.nlp.DateRange;
import dev.parley.core.nlp.NlpDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventCoderTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 1);
  private static final EventCoder CODER = EventCoder.bundled();

  private static List<Coding> code(ParsedDoc d, String... places) {
    NlpDocument doc = d.build();
    return CODER.code(doc, doc.sentences().get(0), d.actors(Set.of(places)), MONDAY);
  }

  @Test
  void aPlannedTripHasItsTargetPlaceAndWeek() {
    ParsedDoc d = ParsedDoc.of("Witkoff/Witkoff/NNP/PERSON/4/nsubj", "is/be/VBZ/O/4/aux", "to/to/TO/O/4/mark",
        "travel/travel/VB/O/0/root", "to/to/IN/O/6/case", "Russia/Russia/NNP/COUNTRY/4/obl",
        "this/this/DT/DATE/8/det", "week/week/NN/DATE/4/obl:tmod", "./././O/4/punct")
        .actor("Witkoff", "a1").actor("Russia", "a2").time("this week", "2025-W49");
    assertThat(code(d)).singleElement().satisfies(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
      assertThat(c.location()).isEqualTo("Russia");
      assertThat(c.date()).isEqualTo(new DateRange(MONDAY, LocalDate.of(2025, 12, 7)));
      assertThat(c.modality()).isEqualTo(Modality.PLANNED);
    });
  }

  @Test
  void anEventNounTakesItsSidesFromAHyphenatedCompoundAndItsPlaceFromItsPhrase() {
    ParsedDoc d = ParsedDoc.of("The/the/DT/O/5/det", "US/US/NNP/COUNTRY/4/compound", "-/-/HYPH/O/4/punct",
        "Ukraine/Ukraine/NNP/COUNTRY/5/compound", "talks/talk/NNS/O/9/nsubj", "in/in/IN/O/7/case",
        "Florida/Florida/NNP/STATE_OR_PROVINCE/5/nmod", "were/be/VBD/O/9/cop", "focused/focused/JJ/O/0/root",
        "./././O/9/punct")
        .actor("US", "a1").actor("Ukraine", "a2").actor("Florida", "a3");
    assertThat(code(d, "a3")).singleElement().satisfies(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(List.of(c.source(), c.target())).containsExactlyInAnyOrder("a1", "a2");
      assertThat(c.location()).isEqualTo("Florida");
      assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
    });
  }

  @Test
  void aStatementGivesTheEventItReportsNotAStatementEvent() {
    ParsedDoc d = ParsedDoc.of("Peskov/Peskov/NNP/PERSON/2/nsubj", "said/say/VBD/O/0/root",
        "Putin/Putin/NNP/PERSON/5/nsubj", "will/will/MD/O/5/aux", "meet/meet/VB/O/2/ccomp",
        "Witkoff/Witkoff/NNP/PERSON/5/obj", "./././O/2/punct")
        .actor("Peskov", "a1").actor("Putin", "a2").actor("Witkoff", "a3");
    assertThat(code(d)).singleElement().satisfies(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(c.source()).isEqualTo("a2");
      assertThat(c.target()).isEqualTo("a3");
      assertThat(c.modality()).isEqualTo(Modality.PLANNED);
    });
  }

  @Test
  void negationAndRefusalNegate() {
    ParsedDoc not = ParsedDoc.of("Russia/Russia/NNP/COUNTRY/4/nsubj", "did/do/VBD/O/4/aux", "not/not/RB/O/4/advmod",
        "meet/meet/VB/O/0/root", "Ukraine/Ukraine/NNP/COUNTRY/4/obj", "./././O/4/punct")
        .actor("Russia", "a1").actor("Ukraine", "a2");
    assertThat(code(not)).singleElement().extracting(Coding::modality).isEqualTo(Modality.NEGATED);
    ParsedDoc refused = ParsedDoc.of("Russia/Russia/NNP/COUNTRY/2/nsubj", "refused/refuse/VBD/O/0/root",
        "to/to/TO/O/4/mark", "meet/meet/VB/O/2/xcomp", "Ukraine/Ukraine/NNP/COUNTRY/4/obj", "./././O/2/punct")
        .actor("Russia", "a1").actor("Ukraine", "a2");
    assertThat(code(refused)).anySatisfy(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.modality()).isEqualTo(Modality.NEGATED);
    });
  }

  @Test
  void couldAndIfMakeAnEventHypothetical() {
    ParsedDoc could = ParsedDoc.of("Ukraine/Ukraine/NNP/COUNTRY/3/nsubj", "could/could/MD/O/3/aux",
        "meet/meet/VB/O/0/root", "Russia/Russia/NNP/COUNTRY/3/obj", "./././O/3/punct")
        .actor("Ukraine", "a1").actor("Russia", "a2");
    assertThat(code(could)).singleElement().extracting(Coding::modality).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void aWeekdayIsResolvedByTheEventsTense() {
    ParsedDoc past = ParsedDoc.of("Ukraine/Ukraine/NNP/COUNTRY/2/nsubj", "met/meet/VBD/O/0/root",
        "Russia/Russia/NNP/COUNTRY/2/obj", "on/on/IN/O/5/case", "Sunday/Sunday/NNP/DATE/2/obl", "./././O/2/punct")
        .actor("Ukraine", "a1").actor("Russia", "a2").time("Sunday", "2025-12-07");
    assertThat(code(past)).singleElement().extracting(Coding::date)
        .isEqualTo(DateRange.day(LocalDate.of(2025, 11, 30)));
    ParsedDoc future = ParsedDoc.of("Ukraine/Ukraine/NNP/COUNTRY/3/nsubj", "will/will/MD/O/3/aux",
        "meet/meet/VB/O/0/root", "Russia/Russia/NNP/COUNTRY/3/obj", "on/on/IN/O/6/case",
        "Tuesday/Tuesday/NNP/DATE/3/obl", "./././O/3/punct")
        .actor("Ukraine", "a1").actor("Russia", "a2").time("Tuesday", "2025-11-25");
    assertThat(code(future)).singleElement().satisfies(c -> {
      assertThat(c.date()).isEqualTo(DateRange.day(LocalDate.of(2025, 12, 2)));
      assertThat(c.modality()).isEqualTo(Modality.PLANNED);
    });
  }

  @Test
  void hostsAndVisitorsGetTheirRolesAndThePlace() {
    ParsedDoc d = ParsedDoc.of("Egyptian/Egyptian/JJ/NATIONALITY/4/amod", "and/and/CC/O/3/cc",
        "Qatari/Qatari/JJ/NATIONALITY/1/conj", "mediators/mediator/NNS/O/5/nsubj", "hosted/host/VBD/O/0/root",
        "Israeli/Israeli/JJ/NATIONALITY/7/amod", "negotiators/negotiator/NNS/O/5/obj", "in/in/IN/O/9/case",
        "Cairo/Cairo/NNP/CITY/5/obl", "./././O/5/punct")
        .actor("Egyptian", "EGY").actor("Qatari", "QAT").actor("Israeli", "ISR").actor("Cairo", "CAI");
    assertThat(code(d, "CAI")).singleElement().satisfies(c -> {
      assertThat(c.source()).isEqualTo("EGY");
      assertThat(c.target()).isEqualTo("ISR");
      assertThat(c.participants()).contains("EGY", "QAT", "ISR");
      assertThat(c.location()).isEqualTo("Cairo");
      assertThat(c.roles()).contains(new Event.Role("EGY", "host"), new Event.Role("QAT", "host"),
          new Event.Role("ISR", "visitor"), new Event.Role("EGY", "mediator"));
    });
  }

  @Test
  void aSentenceWithoutTwoSidesGivesNoEvent() {
    ParsedDoc d = ParsedDoc.of("Ukraine/Ukraine/NNP/COUNTRY/2/nsubj", "met/meet/VBD/O/0/root",
        "officials/official/NNS/O/2/obj", "./././O/2/punct").actor("Ukraine", "a1");
    assertThat(code(d)).isEmpty();
  }
}
