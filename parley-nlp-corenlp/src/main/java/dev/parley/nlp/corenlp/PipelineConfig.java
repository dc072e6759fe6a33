package dev.parley.nlp.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Loads a CoreNLP configuration kept as a properties resource beside this class, and checks it. */
final class PipelineConfig {
  private PipelineConfig() {}

  /**
   * The properties in a resource of this package.
   *
   * @throws IllegalStateException if the resource is missing or names no annotators (a packaging bug)
   */
  static Properties load(String resource) {
    Properties props = new Properties();
    try (InputStream in = PipelineConfig.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP configuration " + resource + " is not on the classpath");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        props.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    if (annotators(props).isEmpty()) {
      throw new IllegalStateException(resource + " names no annotators");
    }
    return props;
  }

  static List<String> annotators(Properties props) {
    String list = props.getProperty("annotators", "").trim();
    return list.isEmpty() ? List.of() : List.of(list.split("\\s*,\\s*"));
  }
}
