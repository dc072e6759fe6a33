package dev.parley.app;

import dev.parley.core.article.Article;
import dev.parley.store.ActorRow;
import dev.parley.store.ClaimQuery;
import dev.parley.store.ClaimRow;
import dev.parley.store.EventQuery;
import dev.parley.store.EventRow;
import dev.parley.store.IngestResult;
import dev.parley.store.RawSource;
import dev.parley.store.Store;
import dev.parley.store.StoreSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo's last part: the analysed corpus kept in the store, and what the store then holds. */
final class DemoStore {
  private DemoStore() {}

  static void ingestAndShow(StoreMixin options, List<Article> articles, PrintWriter out, PrintWriter err) {
    try (Store store = options.open()) {
      Map<IngestResult.Status, Integer> n = new EnumMap<>(IngestResult.Status.class);
      Map<String, byte[]> raw = new HashMap<>();
      long t0 = System.nanoTime();
      for (Article a : articles) {
        n.merge(store.ingest(a, raw(a.input(), raw)).status(), 1, Integer::sum);
      }
      store.flush();
      out.printf("Stored in %s (%s): %d new, %d replaced, %d already there, in %.1f s%n", store.location().describe(),
          store.database(), n.getOrDefault(IngestResult.Status.STORED, 0), n.getOrDefault(IngestResult.Status.REPLACED, 0),
          n.getOrDefault(IngestResult.Status.UNCHANGED, 0), (System.nanoTime() - t0) / 1e9);
      StoreSummary s = store.summary();
      out.printf("The store holds %d articles (%d copies) from %d outlets, %s to %s; %d raw inputs (%d KiB, %d KiB"
              + " compressed); %d actors, %d events in %d incidents, %d claims (%d distinct), %d stories%n",
          s.articles(), s.copies(), s.outlets(), s.first(), s.last(), s.sources(), s.rawBytes() / 1024,
          s.rawStoredBytes() / 1024, s.actors(), s.events(), s.incidents(), s.claims(), s.claimGroups(), s.stories());
      out.println();
      out.println("Largest stories:");
      StoriesCommand.print(out, store.stories(5));
      List<ActorRow> actors = store.actors(null, 5);
      if (!actors.isEmpty()) {
        out.println();
        out.println("Most named actors across the corpus:");
        actors.forEach(a -> out.printf("  %3d articles  %s (%s%s)%n", a.articles(), a.name(), a.kind(),
            a.country() == null ? "" : ", " + a.country()));
      }
      List<EventRow> events = store.events(EventQuery.all(5));
      if (!events.isEmpty()) {
        out.println();
        out.println("Latest events (reports / articles / independent sources):");
        events.forEach(e -> out.printf("  %s  %s %s %s  %d/%d/%d  %s%n", e.dayFirst(), e.source(), e.code(), e.target(),
            e.reports(), e.articles(), e.independent(), e.outlet()));
      }
      List<ClaimRow> claims = store.claims(new ClaimQuery(null, false, null, null, 5));
      if (!claims.isEmpty()) {
        out.println();
        out.println("Latest claims:");
        claims.forEach(c -> out.printf("  %s  %s: %s  (via %s; %d independent)%n", c.published(), c.speaker(),
            c.text(), String.join(" > ", c.chain()), c.independent()));
      }
      out.println();
      out.println("Ask it: ./parley events --actor Russia | ./parley claims --anonymous | ./parley actors | "
          + "./parley search \"security guarantees\" | ./parley stories | ./parley export --format gdelt");
    }
  }

  /** The input's bytes as read (a feed item's input is the feed's path and #item-N). */
  private static RawSource raw(String input, Map<String, byte[]> cache) {
    String file = input.replaceFirst("#item-\\d+$", "");
    byte[] bytes = cache.computeIfAbsent(file, f -> {
      try {
        return Files.readAllBytes(Path.of(f));
      } catch (IOException | RuntimeException e) {
        return null;
      }
    });
    return bytes == null ? null : new RawSource(file, bytes);
  }
}
