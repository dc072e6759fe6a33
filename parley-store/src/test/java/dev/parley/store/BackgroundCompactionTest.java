package dev.parley.store;

import static dev.parley.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store opened for reading only asks H2 not to compact its file in the background, for that opening only.
 * H2 takes the setting when a database is first opened in the JVM, so each case opens a database of its own,
 * and the setting is read over a second connection whose URL does not name it: it shows what the open
 * database runs with.
 */
class BackgroundCompactionTest {
  @TempDir Path tmp;

  @Test
  void aStoreOpenedWithoutBackgroundCompactionRunsH2WithAFillRateOfZero() throws SQLException {
    StoreLocation location = StoreLocation.embedded(tmp.resolve("reader")).withoutBackgroundCompaction();
    try (Store store = Store.open(location)) {
      assertThat(autoCompactFillRate(location)).isZero();
    }
  }

  @Test
  void aStoreOpenedPlainlyKeepsH2sBackgroundCompaction() throws SQLException {
    StoreLocation location = StoreLocation.embedded(tmp.resolve("writer"));
    try (Store store = Store.open(location)) {
      assertThat(autoCompactFillRate(location)).isPositive();
    }
  }

  @Test
  void theChoiceIsNotKeptInTheFileSoTheNextWriterCompactsAgain() throws SQLException {
    StoreLocation writer = StoreLocation.embedded(tmp.resolve("data"));
    try (Store store = Store.open(writer)) {
      store.ingest(article("https://e.org/1", "e.org", "2025-11-01", "One", "Some text to keep.").build(), null);
    }
    try (Store store = Store.open(writer.withoutBackgroundCompaction())) {
      assertThat(store.summary().articles()).isEqualTo(1);
      assertThat(autoCompactFillRate(writer)).isZero();
    }
    try (Store store = Store.open(writer)) {
      assertThat(autoCompactFillRate(writer)).isPositive();
    }
  }

  @Test
  void theOptionChangesNeitherTheFolderNorTheIndex() {
    StoreLocation plain = StoreLocation.server("jdbc:postgresql://localhost:5432/parley", tmp);
    StoreLocation reader = plain.withoutBackgroundCompaction();
    assertThat(reader.backgroundCompaction()).isFalse();
    assertThat(plain.backgroundCompaction()).isTrue();
    assertThat(reader.dataDir()).isEqualTo(plain.dataDir());
    assertThat(reader.indexDir()).isEqualTo(plain.indexDir());
    assertThat(reader.describe()).isEqualTo(plain.describe());
  }

  @Test
  void aPostgreSqlStoreIgnoresTheOption() {
    StoreLocation location = Backend.POSTGRESQL.fresh(tmp).withoutBackgroundCompaction();
    try (Store store = Store.open(location)) {
      store.ingest(article("https://e.org/1", "e.org", "2025-11-01", "One", "Some text to keep.").build(), null);
      assertThat(store.summary().articles()).isEqualTo(1);
    }
  }

  /** H2's AUTO_COMPACT_FILL_RATE of the open embedded database at {@code location}, over a URL without it. */
  private static int autoCompactFillRate(StoreLocation location) throws SQLException {
    try (Connection c = Database.embedded(location.dataDir(), true).connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'AUTO_COMPACT_FILL_RATE'")) {
      assertThat(rs.next()).as("H2 lists AUTO_COMPACT_FILL_RATE").isTrue();
      return Integer.parseInt(rs.getString(1));
    }
  }
}
