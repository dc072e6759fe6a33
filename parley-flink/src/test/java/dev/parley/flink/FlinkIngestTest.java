package dev.parley.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import dev.parley.store.RawSource;
import dev.parley.store.Store;
import dev.parley.store.StoreLocation;
import dev.parley.store.StoreSummary;
import dev.parley.store.TemporaryPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Flink job against {@code parley ingest}'s own path: the same inputs give the same stored analyses,
 * bad inputs are rejected without stopping the job, and a second run changes nothing. Language analysis
 * is off here (the CoreNLP path is the same {@code Parley} either way and has its own integration tests);
 * the store is H2 and a throwaway PostgreSQL cluster.
 */
class FlinkIngestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension();

  @TempDir
  Path tmp;

  static Path demo() {
    Path root = Path.of(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();
    return root.resolve("corpus/demo");
  }

  /** The demo articles plus two inputs no reader takes: binary junk and an empty file. */
  private List<String> inputs() throws IOException {
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(demo())) {
      files.filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().forEach(p -> inputs.add(p.toString()));
    }
    Path junk = tmp.resolve("junk.html");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[0] = '%';
    bytes[1] = 'P';
    bytes[2] = 'D';
    bytes[3] = 'F';
    Files.write(junk, bytes);
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    inputs.add(2, junk.toString());
    inputs.add(empty.toString());
    return inputs;
  }

  private StoreLocation fresh(String backend, String name) {
    if (backend.equals("h2")) {
      return StoreLocation.embedded(tmp.resolve(name));
    }
    TemporaryPostgres pg = TemporaryPostgres.shared();
    if (pg == null) {
      if (System.getenv("CI") != null) {
        fail("PostgreSQL is required in CI: " + TemporaryPostgres.whyMissing());
      }
      assumeTrue(false, "skipped: " + TemporaryPostgres.whyMissing());
    }
    return StoreLocation.server(pg.newDatabase(), tmp.resolve(name));
  }

  /** Every stored analysis without the fields that name which copy came first (they depend on arrival order). */
  private static TreeSet<String> analyses(StoreLocation where) {
    TreeSet<String> out = new TreeSet<>();
    try (Store s = Store.open(where)) {
      s.forEachAnalysis(line -> {
        try {
          ObjectNode n = (ObjectNode) JSON.readTree(line);
          ((ObjectNode) n.get("article")).remove("duplicate_of");
          out.add(n.toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return out;
  }

  static StoreSummary summary(StoreLocation where) {
    try (Store s = Store.open(where)) {
      return s.summary();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void storesWhatPlainIngestStoresAndRejectsBadInputsOneByOne(String backend) throws Exception {
    List<String> inputs = inputs();
    StoreLocation viaFlink = fresh(backend, "flink");
    FlinkIngest job = new FlinkIngest(inputs, viaFlink, ReadOptions.defaults(), false, 2);

    FlinkIngest.Summary first = job.run(CLUSTER.getTestStreamEnvironment());

    StoreLocation plain = fresh(backend, "plain");
    Parley parley = Parley.create(ReadOptions.defaults());
    int articles = 0;
    try (Store s = Store.open(plain)) {
      for (String in : inputs) {
        byte[] raw = Files.readAllBytes(Path.of(in));
        for (Outcome o : parley.process(in, raw)) {
          if (o instanceof Outcome.Analyzed a) {
            s.ingest(a.article(), new RawSource(in, raw));
            articles++;
          }
        }
      }
      s.flush();
    }
    assertThat(articles).isGreaterThan(25);
    assertThat(first.stored()).isEqualTo(articles);
    assertThat(first.rejected()).containsOnlyKeys("binary", "empty");
    assertThat(first.rejectedTotal()).isEqualTo(2);
    assertThat(first.rejections()).hasSize(2).anySatisfy(l -> assertThat(l).contains("junk.html: binary"));
    assertThat(analyses(viaFlink)).isEqualTo(analyses(plain));
    StoreSummary flinkSummary = summary(viaFlink);
    StoreSummary plainSummary = summary(plain);
    assertThat(flinkSummary.articles()).isEqualTo(plainSummary.articles()).isEqualTo(articles);
    assertThat(flinkSummary.copies()).isEqualTo(plainSummary.copies());
    assertThat(flinkSummary.rawBytes()).isEqualTo(plainSummary.rawBytes());

    FlinkIngest.Summary again = job.run(CLUSTER.getTestStreamEnvironment());

    assertThat(again.stored()).isZero();
    assertThat(again.replaced()).isZero();
    assertThat(again.unchanged()).isEqualTo(articles);
    assertThat(summary(viaFlink)).isEqualTo(flinkSummary);
  }
}
