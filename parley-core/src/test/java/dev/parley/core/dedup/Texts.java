package dev.parley.core.dedup;

import java.util.List;

/** Hand-written paragraphs (our own words) for unit tests: one story, and another on its topic. */
final class Texts {
  private Texts() {}

  static final List<String> STORY =
      List.of(
          "The port authority said on Monday that container traffic through the northern harbour"
              + " fell by a fifth in the third quarter, the steepest drop since the pandemic, as"
              + " shipping lines diverted vessels to avoid a strike by crane operators.",
          "Union leaders, who walked out in August over pay and night shifts, said they would"
              + " return to the negotiating table next week if the employers dropped a demand to"
              + " extend the rotating roster to weekends.",
          "Exporters of fruit and timber have complained that perishable cargo has been left"
              + " waiting on the quay for days. One grower said he had lost two shipments of apples"
              + " to a buyer in Rotterdam because of the delays.",
          "The transport minister urged both sides to settle quickly and said the government was"
              + " ready to appoint an independent mediator. She ruled out emergency legislation to"
              + " force the crane operators back to work.",
          "Analysts at a regional bank estimated that the dispute had cost the economy about 300"
              + " million euros so far, mostly in lost exports, and warned that the figure would"
              + " double if the stoppage lasted until Christmas.",
          "Smaller ports along the coast have tried to absorb some of the diverted ships, but their"
              + " berths are too shallow for the largest vessels, and their storage yards filled up"
              + " within a fortnight of the strike beginning.",
          "A spokesman for the employers' association said members were studying the union's"
              + " offer and would reply by Friday. He added that any deal had to protect the port's"
              + " ability to compete with its rivals across the border.");

  /** The same event, written independently: shares names and facts, not sentences. */
  static final String SAME_TOPIC =
      """
      Cranes stood idle again on Tuesday at the northern harbour, where a dispute over night work
      has now dragged on for more than two months. Ship owners have been sending their boats to
      other ports, and official figures show the number of containers handled dropped sharply
      between July and September. Fruit growers say their produce is rotting while it waits for
      loading. The government has offered to find a neutral mediator but insists it will not pass
      a law ending the walkout. Economists reckon the losses already run into the hundreds of
      millions, and the employers promise an answer to the workers' latest proposal by the end of
      the week.
      """;

  static String paragraphs(int... indexes) {
    StringBuilder out = new StringBuilder();
    for (int i : indexes) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(STORY.get(i));
    }
    return out.toString();
  }

  /** The first four paragraphs: the article every copy in the tests starts from. */
  static String original() {
    return paragraphs(0, 1, 2, 3);
  }
}
