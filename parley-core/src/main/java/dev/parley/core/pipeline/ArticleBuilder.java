package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import dev.parley.core.article.Draft;
import dev.parley.core.article.Rejection;
import dev.parley.core.clean.TextCleaner;
import dev.parley.core.web.Outlets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns a draft into an article: cleans body, title and lead, names the outlet, gives the stable id. */
public final class ArticleBuilder {
  private final TextCleaner cleaner;

  public ArticleBuilder(TextCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /** The article, or a rejection when nothing of the body survives cleaning. */
  public Outcome build(Draft d) {
    TextCleaner.Cleaned c = cleaner.clean(d.body(),
        (d.title() == null ? "" : d.title()) + "\n" + (d.lead() == null ? "" : d.lead()));
    String text = c.text().text();
    if (text.isBlank()) {
      return new Outcome.Rejected(new Rejection(d.input(), "no-text",
          "nothing of the body is left once boilerplate and repeats are removed"));
    }
    String title = cleaner.cleanInline(d.title());
    String lead = cleaner.cleanInline(d.lead());
    String url = d.url() == null || d.url().isBlank() ? null : d.url().strip();
    String outlet = Outlets.outlet(cleaner.cleanInline(d.siteName()), url);
    return new Outcome.Analyzed(new Article(d.input(), id(url, title, text), url, outlet, d.published(),
        title, lead, cleaner.cleanInline(d.author()), text, c.text(), c.repairs(), null, null, java.util.List.of(),
        java.util.List.of(), java.util.List.of()));
  }

  /** Same URL, title and text give the same id, whatever the input was called. */
  static String id(String url, String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(String.valueOf(url).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(title).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
