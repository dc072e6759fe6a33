package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.synthetic.SyntheticCorpus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Event lists are found in two steps (the page's ids, then those events with their articles): a page is the
 * start of the whole list, in its order (newest day first, then highest id), and holds only what the filters
 * ask for.
 */
class EventPagesTest {
  @TempDir Path tmp;

  private static final Comparator<EventRow> NEWEST_FIRST = Comparator.comparing(EventRow::dayFirst,
      Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(EventRow::id, Comparator.reverseOrder());

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aPageIsTheStartOfTheWholeListInItsOrder(Backend backend) {
    SyntheticCorpus corpus = new SyntheticCorpus(5, 8, 10, 40, 6);
    try (Store store = Store.open(backend.fresh(tmp))) {
      store.commitEvery(20);
      for (int i = 0; i < 200; i++) {
        store.ingest(corpus.article(i), null);
      }
      store.flush();
      int checked = 0;
      for (String root : List.of("01", "02", "03", "04", "05", "06", "08", "10", "11", "12", "17", "19")) {
        for (int week = 0; week < 52; week += 5) {
          LocalDate from = LocalDate.of(2025, 1, 1).plusWeeks(week);
          LocalDate to = from.plusDays(6);
          List<EventRow> all = store.events(new EventQuery(null, null, null, from, to, root, 10_000));
          List<EventRow> page = store.events(new EventQuery(null, null, null, from, to, root, 3));
          assertThat(all).isSortedAccordingTo(NEWEST_FIRST);
          assertThat(all).allSatisfy(e -> {
            assertThat(e.root()).isEqualTo(root);
            assertThat(e.dayFirst()).isBeforeOrEqualTo(to);
            assertThat(e.dayLast()).isAfterOrEqualTo(from);
            assertThat(e.outlet()).isNotNull(); // read with its article
          });
          assertThat(page).containsExactlyElementsOf(all.subList(0, Math.min(3, all.size())));
          checked += all.size() > 3 ? 1 : 0;
        }
      }
      assertThat(checked).as("windows with more events than a page").isGreaterThan(10);

      List<EventRow> person = store.events(new EventQuery("Person 7", null, null, null, null, null, 10_000));
      assertThat(person).isNotEmpty().isSortedAccordingTo(NEWEST_FIRST);
      assertThat(person).allSatisfy(e -> assertThat(e.source()).isEqualTo("Person 7"));
      assertThat(store.events(new EventQuery("Person 7", null, null, null, null, null, 2)))
          .containsExactlyElementsOf(person.subList(0, Math.min(2, person.size())));
      assertThat(store.events(new EventQuery("Person 7", null, null, LocalDate.of(2030, 1, 1), null, null, 5))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void storyMergesAndRootWindowsHaveTheirIndexes(Backend backend) throws SQLException {
    StoreLocation location = backend.fresh(tmp);
    try (Store store = Store.open(location)) {
      store.summary(); // migrated
    }
    Database db = Database.of(location);
    try (Connection c = db.connect()) {
      assertThat(indexedColumns(c, "incidents")).contains(List.of("story_id"));
      assertThat(indexedColumns(c, "claim_groups")).contains(List.of("story_id"));
      assertThat(indexedColumns(c, "events")).contains(List.of("root", "day_first", "day_last", "id"))
          .doesNotContain(List.of("root", "day_first"));
    }
  }

  /** Each index of a table as its columns in order. */
  private static List<List<String>> indexedColumns(Connection c, String table) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    java.util.Map<String, java.util.TreeMap<Integer, String>> byIndex = new java.util.TreeMap<>();
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = md.getIndexInfo(null, null, name, false, false)) {
        while (rs.next()) {
          if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
            byIndex.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new java.util.TreeMap<>())
                .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    List<List<String>> out = new ArrayList<>();
    byIndex.values().forEach(cols -> out.add(new ArrayList<>(cols.values())));
    return out;
  }
}
