package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import java.util.Set;

/** One step of the pipeline: takes an article, returns it with one more layer. */
public interface Stage {
  /** A short name for messages. */
  String name();

  /** The layers this stage needs done before it. */
  Set<Layer> requires();

  /** The layers this stage fills in. */
  Set<Layer> provides();

  /** Runs the stage. Must not throw on any article the previous stages produced. */
  Article apply(Article article);
}
