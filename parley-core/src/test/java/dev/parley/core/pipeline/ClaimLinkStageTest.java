package dev.parley.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.Speaker;
import dev.parley.core.events.Event;
import dev.parley.core.events.Evidence;
import dev.parley.core.events.Modality;
import dev.parley.core.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimLinkStageTest {
  private static final String TEXT = "An insider told CNN that Witkoff is to travel to Russia this week. "
      + "Rubio met Umerov in Florida on Sunday, where he said the talks were productive and very useful.";

  private static Article article() {
    byte[] record = ("date 2025-12-01 https://x.example.com/a\nTitle\nLead\n" + TEXT).getBytes(StandardCharsets.UTF_8);
    Outcome o = Parley.create(ReadOptions.defaults()).process("a.txt", record).get(0);
    Article a = ((Outcome.Analyzed) o).article();
    assertThat(a.text()).isEqualTo(TEXT);
    return a;
  }

  private static Span span(String phrase) {
    int at = TEXT.indexOf(phrase);
    return new Span(at, at + phrase.length());
  }

  private static Evidence evidence(String phrase) {
    Span s = span(phrase);
    return new Evidence(s.start(), s.end(), phrase);
  }

  private static Event event(String id, String code, Evidence ev) {
    return new Event(id, code, code.substring(0, 2), 1, 1.0, null, null, List.of(), null, null, Modality.ASSERTED,
        ev, null, List.of());
  }

  private static Claim claim(String id, String phrase) {
    return new Claim(id, phrase, span(phrase), false, new Speaker(null, "someone", false, null),
        List.of(new ChainLink("x.example.com", ChainLink.Kind.PUBLISHER)), "said", null, false, null);
  }

  @Test
  void anEventInsideAClaimIsLinkedToItAndOneBesideAShortClaimIsNot() {
    Event trip = event("e1", "042", evidence("An insider told CNN that Witkoff is to travel to Russia this week."));
    Event meeting = event("e2", "040",
        evidence("Rubio met Umerov in Florida on Sunday, where he said the talks were productive and very useful."));
    Claim insider = claim("c1", "Witkoff is to travel to Russia this week");
    Claim rubio = claim("c2", "the talks were productive");
    Article linked = new ClaimLinkStage().apply(article().withEvents(List.of(trip, meeting)).withClaims(List.of(insider, rubio)));
    assertThat(linked.events()).extracting(Event::claim).containsExactly("c1", null);
  }

  @Test
  void ofTwoClaimsTheOneCoveringMoreOfTheEvidenceWins() {
    Event trip = event("e1", "042", evidence("Witkoff is to travel to Russia this week."));
    Claim small = claim("c1", "to travel to Russia");
    Claim large = claim("c2", "Witkoff is to travel to Russia this week");
    Article linked = new ClaimLinkStage().apply(article().withEvents(List.of(trip)).withClaims(List.of(small, large)));
    assertThat(linked.events().get(0).claim()).isEqualTo("c2");
  }

  @Test
  void withoutClaimsEventsAreUnchanged() {
    Event trip = event("e1", "042", evidence("Witkoff is to travel to Russia this week."));
    Article a = article().withEvents(List.of(trip));
    assertThat(new ClaimLinkStage().apply(a)).isSameAs(a);
  }
}
