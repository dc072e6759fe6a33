package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import dev.parley.core.clean.TextCleaner;
import dev.parley.core.extract.HtmlExtractor;
import dev.parley.core.read.ArticleReader;
import dev.parley.core.read.ReadItem;
import dev.parley.core.read.ReadOptions;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The facade: reads inputs, builds articles, and runs the pipeline over them. One instance per
 * batch, since duplicate detection remembers the articles it has seen.
 */
public final class Parley {
  private final ArticleReader reader;
  private final ArticleBuilder builder;
  private final Pipeline pipeline;

  public Parley(ArticleReader reader, ArticleBuilder builder, Pipeline pipeline) {
    this.reader = reader;
    this.builder = builder;
    this.pipeline = pipeline;
  }

  /** Reading, cleaning and duplicate detection with the bundled resources; no language analysis. */
  public static Parley create(ReadOptions options) {
    return new Parley(new ArticleReader(options, new HtmlExtractor()),
        new ArticleBuilder(TextCleaner.bundled()), Pipeline.of(StandardStages.create()));
  }

  /** The full analysis: every standard stage, with language analysis by {@code annotator}. */
  public static Parley create(ReadOptions options, dev.parley.core.nlp.NlpAnnotator annotator) {
    return new Parley(new ArticleReader(options, new HtmlExtractor()),
        new ArticleBuilder(TextCleaner.bundled()), Pipeline.of(StandardStages.create(annotator)));
  }

  public List<Outcome> process(Path file) {
    return guarded(file.toString(), () -> process(reader.read(file)));
  }

  public List<Outcome> process(String input, InputStream in) {
    return guarded(input, () -> process(reader.read(input, in)));
  }

  public List<Outcome> process(String input, byte[] bytes) {
    return guarded(input, () -> process(reader.read(input, bytes)));
  }

  /**
   * A failure inside Parley on one input is a bug, but it must not cost the rest of the batch: the
   * input becomes a rejection with reason {@code internal-error} naming the failure, and the batch goes on.
   */
  private static List<Outcome> guarded(String input, java.util.function.Supplier<List<Outcome>> work) {
    try {
      return work.get();
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(internalError(input, e));
    }
  }

  private static Outcome internalError(String input, Throwable e) {
    return new Outcome.Rejected(new dev.parley.core.article.Rejection(input, "internal-error",
        "Parley failed on this input (" + e + "); this is a bug, please report it with the input"));
  }

  private List<Outcome> process(List<ReadItem> items) {
    List<Outcome> out = new ArrayList<>(items.size());
    for (ReadItem item : items) {
      out.add(process(item));
    }
    return out;
  }

  /** Runs one read item through cleaning and the stages. */
  public Outcome process(ReadItem item) {
    if (item instanceof ReadItem.Rejected r) {
      return new Outcome.Rejected(r.rejection());
    }
    try {
      Outcome built = builder.build(((ReadItem.Accepted) item).draft());
      if (built instanceof Outcome.Analyzed a) {
        return new Outcome.Analyzed(pipeline.apply(a.article()));
      }
      return built;
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(item.input(), e);
    }
  }

  /** Runs an article that is already read and cleaned through the stages. */
  public Article apply(Article article) {
    return pipeline.apply(article);
  }

  /** The stages this instance runs, with their clocks. */
  public Pipeline pipeline() {
    return pipeline;
  }

  public ArticleReader reader() {
    return reader;
  }
}
