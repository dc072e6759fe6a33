package dev.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.article.Article;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import dev.parley.nlp.corenlp.ReferencePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench analysis}: Parley's full analysis vs the Stanford CoreNLP reference pipeline on
 * the same articles. Each side runs in a JVM of its own, so that each peak heap is its own.
 */
@Command(name = "analysis", mixinStandardHelpOptions = true,
    description = {"Articles/s, tokens/s (one thread, so per core) and peak heap of Parley's full analysis",
        "and of CoreNLP's reference pipeline (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote",
        "with attribution), each in its own JVM, on the same articles (default: the bundled corpus)."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley bench analysis", "  parley bench analysis --runs 5 corpus/demo"})
final class BenchAnalysisCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--side", hidden = true, description = "Internal: measure one side in this JVM and print JSON.")
  String side;

  @Option(names = "--heap", defaultValue = "4g", description = "-Xmx of each measured JVM (default: ${DEFAULT-VALUE}).")
  String heap;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Articles to analyse (default: the bundled corpus).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Path corpus = dir != null ? dir : Home.demoCorpus();
    if (side != null) {
      spec.commandLine().getOut().println(JSON.writeValueAsString(measure(side, corpus, runs)));
      return ExitCode.OK.code();
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    err.println("measuring Parley (its own JVM)...");
    JsonNode parley = child("parley", corpus);
    err.println("measuring the CoreNLP reference pipeline (its own JVM)...");
    JsonNode reference = child("reference", corpus);
    out.print(table(parley, reference));
    out.flush();
    return ExitCode.OK.code();
  }

  private JsonNode child(String which, Path corpus) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = List.of(java, "-Xmx" + heap, "-Dparley.home=" + Home.dir(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "bench", "analysis",
        "--side", which, "--runs", String.valueOf(runs), corpus.toString());
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("the " + which + " measurement failed (exit " + p.exitValue() + ")");
    }
    return JSON.readTree(stdout.lines().reduce((a, b) -> b).orElse("{}"));
  }

  /** Reads and cleans the articles once, then times the chosen side over their texts. */
  static ObjectNode measure(String which, Path corpus, int runs) {
    List<Article> articles = new ArrayList<>();
    Parley reader = Parley.create(ReadOptions.defaults());
    for (Inputs.Input in : Inputs.expand(List.of(corpus.toString()))) {
      for (Outcome o : reader.process(in.path())) {
        if (o instanceof Outcome.Analyzed a) {
          articles.add(a.article());
        }
      }
    }
    long t0 = System.nanoTime();
    Side s = which.equals("reference") ? new ReferenceSide() : new ParleySide();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    long[] totals = s.run(articles); // warm-up
    s.resetClocks();
    Memory.resetPeaks();
    double[] secs = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      s.run(articles);
      secs[r] = (System.nanoTime() - start) / 1e9;
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("tool", s.name());
    n.put("articles", articles.size());
    n.put("tokens", totals[0]);
    n.put("load_seconds", loadSeconds);
    n.put("median_seconds", BenchExtractionCommand.median(secs));
    n.put("peak_heap_mb", Memory.peakHeapMb());
    n.put("live_heap_mb", Memory.liveHeapMb()); // a full collection, so after the peak is read
    n.put("entities", totals[1]);
    var stages = n.putObject("stage_seconds");
    s.stageNanos().forEach((k, v) -> stages.put(k, v / 1e9 / runs));
    var actors = n.putArray("actors");
    for (Article a : articles) {
      var keys = actors.addArray();
      s.actors(a).forEach(keys::add);
    }
    return n;
  }

  /** One side of the comparison. */
  private interface Side {
    String name();

    /** Analyses one article, as timed; returns its tokens and entity mentions. */
    long[] analyze(Article a);

    /** The actors (kind and name) that Parley's actor stage finds on this side's analysis, untimed. */
    java.util.Set<String> actors(Article a);

    /** Seconds per stage of one run, where the side has stages (Parley). */
    default java.util.Map<String, Long> stageNanos() {
      return java.util.Map.of();
    }

    default void resetClocks() {}

    /** Analyses every article; returns the totals of tokens and entity mentions. */
    default long[] run(List<Article> articles) {
      long[] total = new long[2];
      for (Article a : articles) {
        long[] c = analyze(a);
        total[0] += c[0];
        total[1] += c[1];
      }
      return total;
    }
  }

  static java.util.Set<String> keys(List<dev.parley.core.actors.Actor> actors) {
    java.util.Set<String> keys = new java.util.TreeSet<>();
    actors.forEach(x -> keys.add(x.kind() + " " + x.name()));
    return keys;
  }

  private static final class ParleySide implements Side {
    private final Parley parley = Parley.create(ReadOptions.defaults(), CoreNlpAnnotator.shared());

    @Override
    public String name() {
      return "Parley (CoreNLP fast configuration + Parley's stages)";
    }

    @Override
    public long[] analyze(Article a) {
      Article done = parley.apply(a);
      return new long[] {done.nlp().tokens().size(), done.nlp().entities().size()};
    }

    @Override
    public java.util.Set<String> actors(Article a) {
      return keys(parley.apply(a).actors());
    }

    @Override
    public java.util.Map<String, Long> stageNanos() {
      return parley.pipeline().stageNanos();
    }

    @Override
    public void resetClocks() {
      parley.pipeline().resetStageNanos();
    }
  }

  private static final class ReferenceSide implements Side {
    private final ReferencePipeline pipeline = new ReferencePipeline();

    @Override
    public String name() {
      return "CoreNLP 4.5.10 reference (default NER with fine-grained types, depparse, coref, quote attribution)";
    }

    @Override
    public long[] analyze(Article a) {
      ReferencePipeline.Counts c = pipeline.run(a.head() + a.text(), a.published()); // what Parley reads too
      return new long[] {c.tokens(), c.entityMentions()};
    }

    @Override
    public java.util.Set<String> actors(Article a) {
      return keys(dev.parley.core.actors.ActorResolver.bundled()
          .resolve(pipeline.document(a.head() + a.text(), a.published()), a.published()));
    }
  }

  static String table(JsonNode p, JsonNode r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "analysis benchmark: %d articles, %d tokens, one thread, median of the timed runs after one warm-up%n",
        p.path("articles").asInt(), p.path("tokens").asLong()));
    sb.append(String.format(Locale.ROOT, "  %-22s %12s %12s %9s%n", "", "Parley", "CoreNLP ref", "ratio"));
    row(sb, "articles/s (per core)", rate(p, "articles"), rate(r, "articles"), "%.2f");
    row(sb, "tokens/s (per core)", rate(p, "tokens"), rate(r, "tokens"), "%.0f");
    row(sb, "peak heap (MiB)", p.path("peak_heap_mb").asDouble(), r.path("peak_heap_mb").asDouble(), "%.0f");
    row(sb, "live heap (MiB)", p.path("live_heap_mb").asDouble(), r.path("live_heap_mb").asDouble(), "%.0f");
    row(sb, "model load (s)", p.path("load_seconds").asDouble(), r.path("load_seconds").asDouble(), "%.1f");
    row(sb, "entity mentions", p.path("entities").asDouble(), r.path("entities").asDouble(), "%.0f");
    int mine = 0;
    int theirs = 0;
    java.util.List<String> lost = new ArrayList<>();
    for (int i = 0; i < p.path("actors").size(); i++) {
      java.util.Set<String> ours = new java.util.HashSet<>();
      p.path("actors").get(i).forEach(k -> ours.add(k.asText()));
      mine += ours.size();
      for (JsonNode k : r.path("actors").path(i)) {
        theirs++;
        if (!ours.contains(k.asText())) {
          lost.add(k.asText());
        }
      }
    }
    row(sb, "actors (same resolver)", mine, theirs, "%.0f");
    sb.append(String.format(Locale.ROOT, "  actors found on the reference's analysis but not on Parley's: %d%s%n", lost.size(),
        lost.isEmpty() ? "" : " " + lost.subList(0, Math.min(12, lost.size()))));
    double total = 0;
    for (JsonNode v : p.path("stage_seconds")) {
      total += v.asDouble();
    }
    if (total > 0) {
      StringBuilder stages = new StringBuilder();
      var it = p.path("stage_seconds").fields();
      while (it.hasNext()) {
        var e = it.next();
        stages.append(String.format(Locale.ROOT, "%s%s %.2fs (%.1f%%)", stages.length() == 0 ? "" : ", ", e.getKey(),
            e.getValue().asDouble(), 100 * e.getValue().asDouble() / total));
      }
      sb.append("  Parley's time by stage (one run): ").append(stages).append('\n');
    }
    sb.append("  Parley: ").append(p.path("tool").asText()).append('\n');
    sb.append("  reference: ").append(r.path("tool").asText()).append('\n');
    return sb.toString();
  }

  private static double rate(JsonNode n, String what) {
    return n.path(what).asDouble() / n.path("median_seconds").asDouble();
  }

  private static void row(StringBuilder sb, String label, double mine, double theirs, String fmt) {
    sb.append(String.format(Locale.ROOT, "  %-22s %12s %12s %9s%n", label, String.format(Locale.ROOT, fmt, mine),
        String.format(Locale.ROOT, fmt, theirs), theirs == 0 ? "" : String.format(Locale.ROOT, "%.2fx", mine / theirs)));
  }
}
