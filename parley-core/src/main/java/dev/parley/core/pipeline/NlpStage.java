package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import dev.parley.core.nlp.NlpAnnotator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Annotates the title, the lead and the text through the configured {@link NlpAnnotator}, dated by
 * publication. Title and lead are paragraphs of their own (a blank line ends a sentence), so they are
 * sentences of their own and give later stages their context.
 */
public final class NlpStage implements Stage {
  private final NlpAnnotator annotator;

  public NlpStage(NlpAnnotator annotator) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.NLP);
  }

  @Override
  public Article apply(Article a) {
    return a.withNlp(annotator.annotate(a.head() + a.text(), a.published()));
  }
}
