package dev.parley.server;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.Speaker;
import dev.parley.core.events.Event;
import dev.parley.core.events.Evidence;
import dev.parley.core.events.Modality;
import dev.parley.core.nlp.DateRange;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import dev.parley.store.RawSource;
import dev.parley.store.Store;
import dev.parley.store.StoreLocation;
import dev.parley.store.synthetic.SyntheticCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Stores for the tests: synthetic articles (the store's generator) and one hostile article. */
final class Corpora {
  private Corpora() {}

  /** A store in {@code dir} with {@code n} synthetic articles and the hostile one. */
  static Store syntheticStore(Path dir, int n) {
    Store store = Store.open(StoreLocation.embedded(dir));
    SyntheticCorpus corpus = new SyntheticCorpus(7, 3, 10, 30, 8);
    for (int i = 0; i < n; i++) {
      Article a = corpus.article(i);
      store.ingest(a, new RawSource(a.input(), a.text().getBytes(StandardCharsets.UTF_8)));
    }
    Article hostile = hostile();
    store.ingest(hostile, new RawSource(hostile.input(), InjectionFixture.json().getBytes(StandardCharsets.UTF_8)));
    store.flush();
    return store;
  }

  /**
   * The injection fixture read by Parley (no language analysis), with an actor, an event and a claim
   * whose names, evidence and chain are themselves injections, so that every view shows some.
   */
  static Article hostile() {
    Outcome o = Parley.create(ReadOptions.defaults())
        .process("hostile.json", InjectionFixture.json().getBytes(StandardCharsets.UTF_8)).get(0);
    Article a = ((Outcome.Analyzed) o).article();
    String text = a.text();
    int russia = text.indexOf("Russia");
    int ukraine = text.indexOf("Ukraine");
    String scriptPayload = InjectionFixture.PAYLOADS.get(0);
    int sentence = text.indexOf("The statement read " + scriptPayload);
    int sentenceEnd = text.indexOf('\n', sentence);
    String imgPayload = InjectionFixture.PAYLOADS.get(1);
    int claimAt = text.indexOf(imgPayload);
    List<Actor> actors = List.of(
        new Actor("a1", InjectionFixture.ACTOR, ActorKind.PERSON, "RUS", "RUSGOV", List.of("<i>envoy</i>"),
            List.of("Russia"), List.of(new Span(russia, russia + "Russia".length()))),
        new Actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "UKR", List.of(), List.of(),
            List.of(new Span(ukraine, ukraine + "Ukraine".length()))));
    Event event = new Event("e1", "036", "03", 1, 4.0, "a1", "a2", List.of("a1", "a2"), "<b>Geneva</b>",
        DateRange.day(LocalDate.of(2025, 12, 1)), Modality.ASSERTED,
        new Evidence(sentence, sentenceEnd, text.substring(sentence, sentenceEnd)), "c1", List.of());
    Claim claim = new Claim("c1", imgPayload, new dev.parley.core.actors.Span(claimAt, claimAt + imgPayload.length()), true,
        new Speaker("a1", InjectionFixture.ACTOR, false, null),
        List.of(new ChainLink(a.outlet(), ChainLink.Kind.PUBLISHER),
            new ChainLink(InjectionFixture.PAYLOADS.get(2), ChainLink.Kind.OUTLET),
            new ChainLink(InjectionFixture.ACTOR, ChainLink.Kind.PERSON)),
        "<u>said</u>", null, false, null);
    return a.withActors(actors).withEvents(List.of(event)).withClaims(List.of(claim));
  }
}
