package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import dev.parley.core.article.Rejection;

/** What became of one input item: an analysed article, or a rejection. */
public sealed interface Outcome {
  /** An article that went through the pipeline. */
  record Analyzed(Article article) implements Outcome {}

  /** An item rejected with its reason. */
  record Rejected(Rejection rejection) implements Outcome {}
}
