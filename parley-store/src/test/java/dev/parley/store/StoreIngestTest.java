package dev.parley.store;

import static dev.parley.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.ActorKind;
import dev.parley.core.article.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoreIngestTest {
  @TempDir Path tmp;

  static Article rubioInGeneva(String text) {
    return article("https://example.org/a1", "example.org", "2025-11-23", "Talks in Geneva", text)
        .actor("a1", "Marco Rubio", ActorKind.PERSON, "USA", "USAGOV", "Rubio")
        .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "UKR")
        .event("e1", "040", "a1", "a2", "2025-11-23", null, "Rubio met")
        .build();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theSameArticleTwiceIsStoredOnce(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      Article a = rubioInGeneva("Rubio met the Ukrainian delegation in Geneva on Sunday.");
      IngestResult first = store.ingest(a, new RawSource("a1.txt", "raw bytes".getBytes(StandardCharsets.UTF_8)));
      IngestResult again = store.ingest(a, new RawSource("a1.txt", "raw bytes".getBytes(StandardCharsets.UTF_8)));
      assertThat(first.status()).isEqualTo(IngestResult.Status.STORED);
      assertThat(again.status()).isEqualTo(IngestResult.Status.UNCHANGED);
      assertThat(again.articleId()).isEqualTo(first.articleId());
      StoreSummary s = store.summary();
      assertThat(s.articles()).isEqualTo(1);
      assertThat(s.events()).isEqualTo(1);
      assertThat(s.actors()).isEqualTo(2);
      assertThat(s.sources()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aChangedArticleReplacesItsAnalysis(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      store.ingest(rubioInGeneva("Rubio met the Ukrainian delegation in Geneva on Sunday."), null);
      IngestResult changed = store.ingest(rubioInGeneva("Rubio met the Ukrainian delegation in Geneva on Sunday, officials said."), null);
      assertThat(changed.status()).isEqualTo(IngestResult.Status.REPLACED);
      assertThat(store.summary().articles()).isEqualTo(1);
      assertThat(store.events(EventQuery.all(10))).singleElement()
          .satisfies(e -> assertThat(e.articleId()).isEqualTo(changed.articleId()));
      assertThat(store.search("officials", 10)).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theSameContentFromAnotherInputWithoutUrlIsADuplicate(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      Article one = article(null, null, "2025-11-23", "A note", "Exactly the same words in two files.").input("/a/one.txt").build();
      Article two = article(null, null, "2025-11-23", "A note", "Exactly the same words in two files.").input("/b/two.txt").build();
      assertThat(store.ingest(one, null).status()).isEqualTo(IngestResult.Status.STORED);
      assertThat(store.ingest(two, null).status()).isEqualTo(IngestResult.Status.UNCHANGED);
      assertThat(store.summary().articles()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theRawSourceIsKeptCompressedOncePerInput(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      byte[] feed = ("<rss>" + "an item ".repeat(500) + "</rss>").getBytes(StandardCharsets.UTF_8);
      Article first = article("https://example.org/1", "example.org", "2025-11-23", "One", "First item text here.").build();
      Article second = article("https://example.org/2", "example.org", "2025-11-23", "Two", "Second item text here.").build();
      long id = store.ingest(first, new RawSource("feed.xml", feed)).articleId();
      store.ingest(second, new RawSource("feed.xml", feed));
      StoreSummary s = store.summary();
      assertThat(s.sources()).isEqualTo(1);
      assertThat(s.rawBytes()).isEqualTo(feed.length);
      assertThat(s.rawStoredBytes()).isLessThan(feed.length / 4);
      assertThat(store.rawSource(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(feed));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void actorsMergeAcrossArticlesByNameAliasAndCountryCode(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      store.ingest(article("https://x.org/1", "x.org", "2025-11-20", "One", "Marco Rubio said the United States would help.")
          .actor("a1", "Marco Rubio", ActorKind.PERSON, "USA", "USAGOV", "Rubio", "the secretary")
          .actor("a2", "United States", ActorKind.COUNTRY, "USA", "USA").build(), null);
      store.ingest(article("https://y.org/2", "y.org", "2025-11-21", "Two", "Rubio spoke for the US; the secretary left.")
          .actor("b1", "Rubio", ActorKind.PERSON, "USA", null)
          .actor("b2", "US", ActorKind.COUNTRY, "USA", "USA").build(), null);
      store.ingest(article("https://z.org/3", "z.org", "2025-11-22", "Three", "Another secretary, Antonio Rubio of Peru, spoke.")
          .actor("c1", "Antonio Rubio", ActorKind.PERSON, "PER", null).build(), null);
      assertThat(store.actors("Marco Rubio", 10)).singleElement().satisfies(a -> {
        assertThat(a.articles()).isEqualTo(2);
        assertThat(a.names()).contains("rubio", "marco rubio").doesNotContain("the secretary");
      });
      assertThat(store.actors("USA", 10)).extracting(ActorRow::name).contains("United States", "Marco Rubio");
      assertThat(store.actors("United States", 10)).singleElement().satisfies(a -> assertThat(a.articles()).isEqualTo(2));
      assertThat(store.summary().actors()).isEqualTo(3);
    }
  }
}
