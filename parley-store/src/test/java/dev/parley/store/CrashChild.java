package dev.parley.store;

import dev.parley.store.synthetic.SyntheticCorpus;
import java.nio.file.Path;

/**
 * The process {@link CrashTest} kills: ingests synthetic articles in order and prints "stored N" after
 * each commit. Arguments: data folder, JDBC URL or "-", number of articles.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    StoreLocation location = args[1].equals("-") ? StoreLocation.embedded(Path.of(args[0]))
        : StoreLocation.server(args[1], Path.of(args[0]));
    SyntheticCorpus corpus = CrashTest.corpus();
    try (Store store = Store.open(location)) {
      for (int i = 0; i < Integer.parseInt(args[2]); i++) {
        store.ingest(corpus.article(i), null);
        System.out.println("stored " + i);
        System.out.flush();
      }
    }
  }
}
