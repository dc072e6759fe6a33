package dev.parley.nlp.corenlp;

import dev.parley.core.nlp.NlpAnnotator;
import dev.parley.core.nlp.NlpDocument;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;

/**
 * The core's {@link NlpAnnotator} on Stanford CoreNLP, configured for speed by {@code corenlp.properties}.
 *
 * <p>Loading the models takes tens of seconds and about 1 GB of heap, so a process uses {@link #shared()},
 * built on first use. Thread-safe: CoreNLP's pipeline annotates different {@code Annotation} objects
 * concurrently, and every call here makes its own.
 */
public final class CoreNlpAnnotator implements NlpAnnotator {
  /** The configuration resource of the fast pipeline. */
  public static final String CONFIG = "corenlp.properties";

  private final StanfordCoreNLP pipeline;

  private CoreNlpAnnotator(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** The process-wide annotator, loaded on first call. */
  public static CoreNlpAnnotator shared() {
    return Holder.INSTANCE;
  }

  /** A new annotator with its own pipeline (CoreNLP still shares loaded models within the process). */
  public static CoreNlpAnnotator create() {
    return new CoreNlpAnnotator(configuration());
  }

  /** The fast configuration as CoreNLP properties, a fresh copy. */
  public static Properties configuration() {
    return PipelineConfig.load(CONFIG);
  }

  @Override
  public NlpDocument annotate(String text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    Annotation annotation = new Annotation(text);
    if (referenceDate != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
    }
    pipeline.annotate(annotation);
    NlpDocument doc = CoreNlpMapper.map(text, annotation);
    return new NlpDocument(doc.text(), doc.tokens(), doc.sentences(), doc.entities(), doc.times(),
        NewsCoref.augment(doc.tokens(), doc.entities(), doc.coref()));
  }

  private static final class Holder {
    static final CoreNlpAnnotator INSTANCE = create();
  }
}
