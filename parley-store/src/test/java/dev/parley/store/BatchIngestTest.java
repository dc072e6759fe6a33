package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.synthetic.SyntheticCorpus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bulk load (many articles per transaction, the writer's remembered actors carried from one article to the
 * next) writes exactly the rows that one transaction per article writes, and loading the same articles again
 * changes nothing.
 */
class BatchIngestTest {
  static final int ARTICLES = 120;
  static final List<String> TABLES = List.of("articles", "signatures", "actors", "actor_names", "article_actors",
      "mentions", "incidents", "claim_groups", "claims", "claim_links", "events", "event_participants", "stories");

  @TempDir Path tmp;

  /** Few people and outlets, so that actors, incidents, claim groups and stories are shared and merged. */
  static SyntheticCorpus corpus() {
    return new SyntheticCorpus(11, 5, 6, 25, 5);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void manyArticlesPerTransactionWriteTheRowsOnePerTransactionWrites(Backend backend) throws SQLException {
    StoreLocation one = backend.fresh(tmp.resolve("one"));
    StoreLocation batch = backend.fresh(tmp.resolve("batch"));
    SyntheticCorpus corpus = corpus();
    try (Store store = Store.open(one)) {
      for (int i = 0; i < ARTICLES; i++) {
        store.ingest(corpus.article(i), null);
      }
    }
    try (Store store = Store.open(batch)) {
      store.commitEvery(25);
      for (int i = 0; i < ARTICLES; i++) {
        assertThat(store.ingest(corpus.article(i), null).status()).isNotEqualTo(IngestResult.Status.UNCHANGED);
      }
    }
    Map<String, List<String>> expected = dump(one);
    assertThat(expected.get("articles")).hasSize(ARTICLES);
    assertThat(expected.get("actor_names").size()).isGreaterThan(expected.get("actors").size());
    assertThat(expected.get("incidents").size()).isLessThan(expected.get("events").size());
    assertThat(expected.get("stories").size()).isLessThan(ARTICLES);
    Map<String, List<String>> got = dump(batch);
    for (String table : TABLES) {
      assertThat(got.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
    }

    try (Store store = Store.open(batch)) {
      store.commitEvery(25);
      for (int i = 0; i < ARTICLES; i++) {
        assertThat(store.ingest(corpus.article(i), null).status()).as("article " + i).isEqualTo(IngestResult.Status.UNCHANGED);
      }
    }
    Map<String, List<String>> again = dump(batch);
    for (String table : TABLES) {
      assertThat(again.get(table)).as(table + " after loading the same articles again").containsExactlyElementsOf(expected.get(table));
    }
  }

  /** Every row of every table, in id (or key) order, without the time an article was added. */
  static Map<String, List<String>> dump(StoreLocation location) throws SQLException {
    Database db = Database.of(location);
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringJoiner row = new StringJoiner(" | ");
            for (int i = 1; i <= md.getColumnCount(); i++) {
              String name = md.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
              if (name.equals("added")) {
                continue;
              }
              Object v = rs.getObject(i);
              row.add(name + "=" + (v instanceof byte[] b ? java.util.Arrays.hashCode(b) : v));
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        out.put(table, rows);
      }
    }
    return out;
  }
}
