package dev.parley.store;

import dev.parley.store.ApiReads.ArticleItem;
import dev.parley.store.ApiReads.Page;
import dev.parley.store.ApiReads.SearchItem;
import dev.parley.store.ApiReads.Snippet;
import dev.parley.store.search.SearchIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The API's full-text search: the index's hits with their articles' rows, and where the matched words are. */
final class SearchReads {
  private static final String OPEN = "\uE000";
  private static final String CLOSE = "\uE001";

  private final ReadPool pool;
  private final SearchIndex index;

  SearchReads(ReadPool pool, SearchIndex index) {
    this.pool = pool;
    this.index = index;
  }

  Page<SearchItem> search(String query, int limit, int offset) {
    SearchIndex.Results found = index.search(query, limit, offset, OPEN, CLOSE);
    if (found.hits().isEmpty()) {
      return new Page<>(List.of(), found.total(), limit, offset);
    }
    List<Object> ids = new ArrayList<>();
    found.hits().forEach(h -> ids.add(h.articleId()));
    Map<Long, ArticleItem> articles = new HashMap<>();
    pool.read("search results", c -> {
      for (ArticleItem a : ArticleReads.articleItems(c, ArticleReads.ARTICLE_SELECT + " WHERE a.id IN (" + Queries.marks(ids) + ")", ids)) {
        articles.put(a.id(), a);
      }
      return null;
    });
    List<SearchItem> out = new ArrayList<>();
    for (SearchIndex.Hit h : found.hits()) {
      ArticleItem a = articles.get(h.articleId());
      if (a != null) { // indexed but not in the database: a lost commit before the next catch-up
        out.add(new SearchItem(a, h.score(), h.passages().stream().map(SearchReads::snippet).toList()));
      }
    }
    return new Page<>(out, found.total(), limit, offset);
  }

  /** Takes the markers out of a passage and keeps where they were. */
  static Snippet snippet(String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<int[]> hits = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < marked.length(); i++) {
      char ch = marked.charAt(i);
      if (ch == OPEN.charAt(0)) {
        start = text.length();
      } else if (ch == CLOSE.charAt(0)) {
        if (start >= 0 && text.length() > start) {
          hits.add(new int[] {start, text.length()});
        }
        start = -1;
      } else {
        text.append(ch);
      }
    }
    return new Snippet(text.toString(), hits);
  }
}
