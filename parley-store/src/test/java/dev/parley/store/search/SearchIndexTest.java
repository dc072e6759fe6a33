package dev.parley.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of hits is the page of the whole ranking, each hit with its text's passage, or its title's when it has no
 * text (the title is highlighted only for those).
 */
class SearchIndexTest {
  @TempDir Path tmp;

  @Test
  void aHitWithoutTextShowsItsTitleAndTheOthersTheirText() {
    try (SearchIndex index = SearchIndex.open(tmp)) {
      index.put(new SearchIndex.Doc(1, 1, "Ceasefire talks in Geneva", "", "TASS", "2025-12-01", List.of()));
      index.put(new SearchIndex.Doc(2, 2, "Envoys meet", "The envoys discussed a ceasefire   for hours.\nNo deal.",
          "Reuters", "2025-12-02", List.of("Steve Witkoff")));
      index.put(new SearchIndex.Doc(3, 3, "Grain corridor", "Ships used the corridor again.", null, null, List.of()));
      List<SearchIndex.Hit> hits = index.search("ceasefire", 10);
      assertThat(hits).extracting(SearchIndex.Hit::articleId).containsExactlyInAnyOrder(1L, 2L);
      assertThat(hits).filteredOn(h -> h.articleId() == 1).singleElement()
          .satisfies(h -> assertThat(h.passages()).containsExactly("[Ceasefire] talks in Geneva"));
      assertThat(hits).filteredOn(h -> h.articleId() == 2).singleElement()
          .satisfies(h -> assertThat(h.passages()).containsExactly("The envoys discussed a [ceasefire] for hours."));
    }
  }

  @Test
  void pagesAreSlicesOfTheWholeRankingWithTheirPassages() {
    try (SearchIndex index = SearchIndex.open(tmp)) {
      for (int i = 0; i < 40; i++) {
        String text = "talks ".repeat(1 + i % 7) + (i % 3 == 0 ? "" : "proposal ".repeat(1 + i % 5)) + "end.";
        index.put(new SearchIndex.Doc(i, i, "Article " + i, i % 10 == 9 ? "" : text, null, null, List.of()));
      }
      SearchIndex.Results all = index.search("talks proposal", 40, 0, "<", ">");
      assertThat(all.hits()).hasSize(36); // four have no text and no match in the title
      for (int offset = 0; offset < 36; offset += 10) {
        SearchIndex.Results page = index.search("talks proposal", 10, offset, "<", ">");
        assertThat(page.hits()).usingRecursiveFieldByFieldElementComparator()
            .containsExactlyElementsOf(all.hits().subList(offset, Math.min(offset + 10, 36)));
        assertThat(page.total()).isEqualTo(36);
      }
      assertThat(all.hits()).allSatisfy(h -> assertThat(h.passages()).singleElement().asString().contains("<"));
    }
  }
}
