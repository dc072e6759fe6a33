package dev.parley.nlp.corenlp;

import dev.parley.core.nlp.NlpDocument;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.ToIntFunction;

/**
 * Speed of the fast pipeline against CoreNLP's reference pipeline: not a test, run by hand, one
 * configuration per JVM so that peak heap means something.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -pl parley-nlp-corenlp -am -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx6g -cp parley-nlp-corenlp/target/test-classes:parley-nlp-corenlp/target/classes:$(cat /tmp/cp.txt) \
 *     dev.parley.nlp.corenlp.CoreNlpBench fast|reference [text-file] [warm-up] [runs]
 * </pre>
 */
public final class CoreNlpBench {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 1);

  private CoreNlpBench() {}

  public static void main(String[] args) throws IOException {
    String which = args.length > 0 ? args[0] : "fast";
    String text = args.length > 1 ? Files.readString(Path.of(args[1])) : example();
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    long t0 = System.nanoTime();
    ToIntFunction<String> run;
    String found;
    if (which.equals("reference")) {
      ReferencePipeline ref = new ReferencePipeline();
      run = t -> ref.run(t, PUBLISHED).tokens();
      found = ref.run(text, PUBLISHED).toString();
    } else {
      CoreNlpAnnotator fast = CoreNlpAnnotator.create();
      run = t -> fast.annotate(t, PUBLISHED).tokens().size();
      NlpDocument doc = fast.annotate(text, PUBLISHED);
      found = "tokens=" + doc.tokens().size() + " sentences=" + doc.sentences().size() + " entityMentions="
          + doc.entities().size() + " times=" + doc.times().size() + " corefChains=" + doc.coref().size();
    }
    double load = seconds(t0);
    for (int i = 0; i < warmUp; i++) {
      run.applyAsInt(text);
    }
    long t1 = System.nanoTime();
    int tokens = 0;
    for (int i = 0; i < runs; i++) {
      tokens = run.applyAsInt(text);
    }
    double per = seconds(t1) / runs;
    System.gc();
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf("%s: load+first %.1f s; %.0f ms per article (%d tokens, %d runs after %d warm-up), %.0f tokens/s;"
        + " peak heap %d MB, live after GC %d MB%n  %s%n",
        which, load, per * 1000, tokens, runs, warmUp, tokens / per, peakHeap() >> 20, used >> 20, found);
  }

  private static String example() throws IOException {
    try (InputStream in = CoreNlpBench.class.getResourceAsStream("nato-door.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
