package dev.parley.store.synthetic;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.article.MappedText;
import dev.parley.core.article.Repairs;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.Speaker;
import dev.parley.core.dictionary.CameoEvent;
import dev.parley.core.dictionary.CameoEvents;
import dev.parley.core.events.Evidence;
import dev.parley.core.events.Event;
import dev.parley.core.events.Modality;
import dev.parley.core.nlp.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Analysed articles made up for measuring and testing the store: deterministic for a seed and an
 * index, with actors, CAMEO events and claims that refer to each other as Parley's own stages would
 * make them, and one syndicated copy in every {@code copyEvery} articles. Names, outlets and text are
 * invented ("Person 17", "outlet3.example"); nothing in them describes real events.
 */
public final class SyntheticCorpus {
  private static final String[] COUNTRIES = {"USA", "RUS", "UKR", "FRA", "DEU", "GBR", "CHN", "TUR", "POL", "ITA",
      "ESP", "JPN", "IND", "BRA", "ZAF", "EGY", "ISR", "IRN", "SAU", "QAT"};
  private static final String[] WORDS = ("talks ceasefire proposal delegation envoy minister summit agreement sanctions "
      + "border security guarantees negotiators meeting statement draft plan officials capital weapons aid troops "
      + "prisoners exchange territory referendum election observers monitoring mission corridor grain energy").split(" ");
  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private final long seed;
  private final int eventsPerArticle;
  private final int copyEvery;
  private final int people;
  private final int outlets;
  private final List<CameoEvent> codes;

  /**
   * @param seed makes the corpus
   * @param eventsPerArticle events in each article
   * @param copyEvery one article in this many is a syndicated copy of the one before it (0: none)
   * @param people the size of the pool of people the articles name
   * @param outlets the number of outlets
   */
  public SyntheticCorpus(long seed, int eventsPerArticle, int copyEvery, int people, int outlets) {
    this.seed = seed;
    this.eventsPerArticle = eventsPerArticle;
    this.copyEvery = copyEvery;
    this.people = people;
    this.outlets = outlets;
    this.codes = CameoEvents.bundled().all().stream().filter(e -> e.goldstein().isPresent()).toList();
  }

  /** Article number {@code i} (from 0); the same for the same seed and index, in any order. */
  public Article article(int i) {
    if (copyEvery > 0 && i > 0 && i % copyEvery == 0) {
      Article original = original(i - 1);
      String outlet = "outlet" + (i % outlets) + ".example";
      return new Article("synthetic#" + i, id(i), "https://" + outlet + "/copy/" + i, outlet, original.published(),
          original.title(), original.lead(), null, original.text(), original.source(), Repairs.none(), null, null,
          original.actors(), original.events(), original.claims());
    }
    return original(i);
  }

  private Article original(int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    LocalDate published = START.plusDays(r.nextInt(365));
    String outlet = "outlet" + (i % outlets) + ".example";
    StringBuilder text = new StringBuilder();
    List<Actor> actors = new ArrayList<>();
    int nActors = 4;
    List<int[]> spans = new ArrayList<>();
    for (int k = 0; k < nActors; k++) {
      boolean country = k < 2;
      String name = country ? COUNTRIES[r.nextInt(COUNTRIES.length)] : "Person " + r.nextInt(people);
      String display = country ? "Country " + name : name;
      int start = text.length();
      text.append(display);
      spans.add(new int[] {start, text.length()});
      text.append(' ').append(sentence(r, 12)).append(". ");
      String iso = country ? name : COUNTRIES[Math.abs(name.hashCode()) % COUNTRIES.length];
      actors.add(new Actor("a" + (k + 1), display, country ? ActorKind.COUNTRY : ActorKind.PERSON, iso,
          country ? iso : iso + "GOV", List.of(), country ? List.of() : List.of(name.replace("Person ", "P. ")),
          List.of(new Span(spans.get(k)[0], spans.get(k)[1]))));
    }
    text.append("\n\n");
    List<Claim> claims = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      int start = text.length();
      String words = sentence(r, 10);
      text.append('"').append(words).append('"').append(", ").append(actors.get(2 + k).name()).append(" said. ");
      boolean anonymous = r.nextInt(4) == 0;
      boolean relay = r.nextInt(3) == 0;
      List<ChainLink> chain = new ArrayList<>();
      chain.add(new ChainLink(outlet, ChainLink.Kind.PUBLISHER));
      if (relay) {
        chain.add(new ChainLink("Outlet " + r.nextInt(outlets), ChainLink.Kind.OUTLET));
      }
      String speaker = anonymous ? "an official" : actors.get(2 + k).name();
      chain.add(new ChainLink(speaker, anonymous ? ChainLink.Kind.ANONYMOUS : ChainLink.Kind.PERSON));
      claims.add(new Claim("c" + (k + 1), words, new Span(start + 1, start + 1 + words.length()), true,
          new Speaker(anonymous ? null : actors.get(2 + k).id(), speaker, anonymous, null), chain, "said", null,
          false, null));
    }
    for (int k = 0; k < eventsPerArticle; k++) {
      int start = text.length();
      text.append(sentence(r, 14)).append(". ");
      CameoEvent code = codes.get(r.nextInt(codes.size()));
      Actor source = actors.get(r.nextInt(nActors));
      Actor target = actors.get(r.nextInt(nActors));
      DateRange date = r.nextInt(3) == 0 ? null : DateRange.day(published.minusDays(r.nextInt(3)));
      events.add(new Event("e" + (k + 1), code.code(), code.root(), code.quadClass(), code.goldstein().getAsDouble(),
          source.id(), target == source ? null : target.id(), List.of(source.id()), r.nextInt(4) == 0 ? "Geneva" : null,
          date, Modality.values()[r.nextInt(Modality.values().length)],
          new Evidence(start, text.length() - 1, text.substring(start, text.length() - 1)),
          r.nextInt(5) == 0 ? "c1" : null, List.of()));
    }
    String body = text.toString().strip();
    String title = "Synthetic report " + i + ": " + sentence(r, 6);
    return new Article("synthetic#" + i, id(i), "https://" + outlet + "/story/" + i, outlet, published, title, null,
        null, body, MappedText.identity(body), Repairs.none(), null, null, actors,
        events.stream().filter(e -> e.evidence().end() <= body.length()).toList(), claims);
  }

  private String id(int i) {
    return String.format("%016x", new Random(seed * 31 + i).nextLong());
  }

  private static String sentence(SplittableRandom r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
