package dev.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley bench extraction}: Parley's reading and extraction vs Readability.js on the same pages. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = {"Pages/s, MB/s and peak heap of Parley's extraction (read, extract, clean) and of Mozilla's",
        "Readability.js on jsdom (bench/readability, installed with npm on first use), on the same pages.",
        "With the benchmark's ground-truth.json beside the pages, both are also scored for F1."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley bench extraction                       # ../shared/eval/extraction",
        "  parley bench extraction --runs 3 --no-reference pages/"})
final class BenchExtractionCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--no-reference", description = "Measure Parley alone.")
  boolean noReference;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A folder of HTML pages (default: ../shared/eval/extraction).")
  Path dir;

  /** One side's figures. */
  record Side(String tool, int pages, long bytes, double medianSeconds, double peakHeapMb, Map<String, String> texts) {
    double pagesPerSecond() {
      return pages / medianSeconds;
    }

    double mbPerSecond() {
      return bytes / 1048576.0 / medianSeconds;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = dir != null ? dir : Home.dir().resolve("../shared/eval/extraction").normalize();
    List<Path> pages = pages(root);
    if (pages.isEmpty()) {
      err.println("no HTML pages under " + root + "; pass a folder of .html or .html.gz files");
      return ExitCode.USAGE.code();
    }
    err.println("benchmarking Parley on " + pages.size() + " pages...");
    Side parley = parley(pages);
    Side reference = null;
    if (!noReference) {
      err.println("benchmarking Readability.js on the same pages (node)...");
      reference = readability(pages, err);
    }
    Map<String, Double> f1 = new LinkedHashMap<>();
    Path truth = root.resolve("ground-truth.json");
    if (Files.exists(truth)) {
      f1.put("parley", ExtractionF1.score(truth, parley.texts()));
      if (reference != null) {
        f1.put("reference", ExtractionF1.score(truth, reference.texts()));
      }
    }
    out.print(table(parley, reference, f1));
    out.flush();
    return ExitCode.OK.code();
  }

  static List<Path> pages(Path root) throws IOException {
    Path html = Files.isDirectory(root.resolve("html")) ? root.resolve("html") : root;
    if (!Files.isDirectory(html)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(html)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(html?|xhtml)(\\.gz)?$")).sorted().toList();
    }
  }

  private Side parley(List<Path> pages) throws IOException {
    List<byte[]> bytes = new ArrayList<>();
    long total = 0;
    for (Path p : pages) {
      byte[] b = Files.readAllBytes(p);
      bytes.add(b);
      total += htmlSize(b);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    runParley(pages, bytes, texts); // warm-up; its texts are scored
    double[] secs = new double[runs];
    Memory.resetPeaks();
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      runParley(pages, bytes, null);
      secs[r] = (System.nanoTime() - t0) / 1e9;
    }
    double peak = Memory.peakHeapMb();
    return new Side("Parley 0.1.0 on Java " + Runtime.version().feature() + " (" + Runtime.getRuntime().availableProcessors() + " cores)",
        pages.size(), total, median(secs), peak, texts);
  }

  /** The size of the page's HTML, decompressed, as the reference counts it too. */
  private static long htmlSize(byte[] b) throws IOException {
    if (b.length < 2 || (b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
      return b.length;
    }
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
      return in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  private static void runParley(List<Path> pages, List<byte[]> bytes, Map<String, String> texts) {
    Parley parley = Parley.create(ReadOptions.defaults());
    for (int i = 0; i < pages.size(); i++) {
      String name = pages.get(i).toString();
      Outcome o = parley.process(name, bytes.get(i)).get(0);
      if (texts != null) {
        texts.put(name, o instanceof Outcome.Analyzed a ? a.article().text() : "");
      }
    }
  }

  private Side readability(List<Path> pages, PrintWriter err) throws IOException, InterruptedException {
    Path benchDir = Home.dir().resolve("bench/readability");
    if (!Files.isDirectory(benchDir.resolve("node_modules"))) {
      err.println("installing Readability.js and jsdom with npm (once)...");
      int rc = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(benchDir.toFile())
          .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
      if (rc != 0) {
        throw new IOException("npm ci failed in " + benchDir + " (exit " + rc + ")");
      }
    }
    Path textsFile = Files.createTempFile("parley-readability", ".json");
    try {
      List<String> cmd = new ArrayList<>(List.of("node", "bench.mjs", "--runs", String.valueOf(runs), "--texts", textsFile.toString()));
      pages.forEach(p -> cmd.add(p.toAbsolutePath().toString()));
      Process proc = new ProcessBuilder(cmd).directory(benchDir.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String stdout = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!proc.waitFor(60, TimeUnit.MINUTES) || proc.exitValue() != 0) {
        throw new IOException("the Readability.js benchmark failed: " + stdout);
      }
      JsonNode r = JSON.readTree(stdout);
      Map<String, String> texts = new LinkedHashMap<>();
      JsonNode t = JSON.readTree(textsFile.toFile());
      for (Path p : pages) {
        texts.put(p.toString(), t.path(p.toAbsolutePath().toString()).asText(""));
      }
      return new Side(r.path("tool").asText(), r.path("pages").asInt(), r.path("bytes").asLong(),
          r.path("median_seconds").asDouble(), r.path("peak_heap_mb").asDouble(), texts);
    } finally {
      Files.deleteIfExists(textsFile);
    }
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  static String table(Side p, Side r, Map<String, Double> f1) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "extraction benchmark: %d pages, %.1f MiB of HTML, median of the timed runs after one warm-up%n",
        p.pages(), p.bytes() / 1048576.0));
    sb.append(String.format(Locale.ROOT, "  %-18s %14s %16s %9s%n", "", "Parley", r == null ? "" : "Readability.js", r == null ? "" : "ratio"));
    row(sb, "pages/s", p.pagesPerSecond(), r == null ? null : r.pagesPerSecond(), "%.1f");
    row(sb, "MiB/s", p.mbPerSecond(), r == null ? null : r.mbPerSecond(), "%.2f");
    row(sb, "seconds (median)", p.medianSeconds(), r == null ? null : r.medianSeconds(), "%.2f");
    row(sb, "peak heap (MiB)", p.peakHeapMb(), r == null ? null : r.peakHeapMb(), "%.0f");
    if (f1.containsKey("parley")) {
      row(sb, "F1 (ground truth)", f1.get("parley"), f1.get("reference"), "%.3f");
    }
    sb.append("  Parley: ").append(p.tool()).append('\n');
    if (r != null) {
      sb.append("  reference: ").append(r.tool()).append('\n');
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, double mine, Double theirs, String fmt) {
    String a = String.format(Locale.ROOT, fmt, mine);
    String b = theirs == null ? "" : String.format(Locale.ROOT, fmt, theirs);
    String ratio = theirs == null || theirs == 0 ? "" : String.format(Locale.ROOT, "%.2fx", mine / theirs);
    sb.append(String.format(Locale.ROOT, "  %-18s %14s %16s %9s%n", label, a, b, ratio));
  }

}
