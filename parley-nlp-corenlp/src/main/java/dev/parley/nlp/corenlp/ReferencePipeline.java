package dev.parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's default heavy pipeline, the yardstick for benchmarks: default NER with fine-grained types,
 * dependency parse, default (statistical) coreference, and quotes with CoreNLP's own attribution
 * ({@code reference.properties} says which annotators that needs). Thread-safe like the fast one.
 */
public final class ReferencePipeline {
  /** The configuration resource of the reference pipeline. */
  public static final String CONFIG = "reference.properties";

  /**
   * What one run found.
   *
   * @param tokens tokens
   * @param sentences sentences
   * @param entityMentions named-entity mentions (dates and numbers included)
   * @param quotes quotations
   * @param attributedQuotes quotations with a speaker
   */
  public record Counts(int tokens, int sentences, int entityMentions, int quotes, int attributedQuotes) {}

  private final StanfordCoreNLP pipeline;

  public ReferencePipeline() {
    this.pipeline = new StanfordCoreNLP(configuration());
  }

  /** The reference configuration as CoreNLP properties, a fresh copy. */
  public static Properties configuration() {
    return PipelineConfig.load(CONFIG);
  }

  public Counts run(String text, LocalDate referenceDate) {
    Annotation annotation = annotate(text, referenceDate);
    List<CoreMap> quotes = list(annotation.get(CoreAnnotations.QuotationsAnnotation.class));
    int attributed = (int) quotes.stream()
        .filter(q -> q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class) != null)
        .count();
    return new Counts(
        list(annotation.get(CoreAnnotations.TokensAnnotation.class)).size(),
        list(annotation.get(CoreAnnotations.SentencesAnnotation.class)).size(),
        list(annotation.get(CoreAnnotations.MentionsAnnotation.class)).size(),
        quotes.size(),
        attributed);
  }

  /**
   * The reference pipeline's analysis in the core's records, so that Parley's later stages can run on
   * it: benchmarks compare what each pipeline's output lets them find.
   */
  public dev.parley.core.nlp.NlpDocument document(String text, LocalDate referenceDate) {
    return CoreNlpMapper.map(text, annotate(text, referenceDate));
  }

  private Annotation annotate(String text, LocalDate referenceDate) {
    Annotation annotation = new Annotation(text);
    if (referenceDate != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
    }
    pipeline.annotate(annotation);
    return annotation;
  }

  /** CoreNLP's time per annotator so far, for benchmarks. */
  String timingInformation() {
    return pipeline.timingInformation();
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
