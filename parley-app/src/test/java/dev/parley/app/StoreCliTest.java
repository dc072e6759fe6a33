package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ServerConfig;
import dev.parley.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The store's commands end to end on the demo corpus, without language analysis (no models to load). */
class StoreCliTest {
  static final Path DEMO = CliTest.ROOT.resolve("corpus/demo");

  @TempDir Path dir;

  @Test
  void ingestIsIdempotentAndTheQueriesReadWhatItStored() {
    String data = dir.resolve("data").toString();
    CliTest.Run first = CliTest.run("ingest", "--no-nlp", "--data", data, DEMO.toString());
    assertThat(first.exit()).isZero();
    assertThat(first.err()).containsPattern("\\d+ article\\(s\\) stored, 0 replaced").contains("rejected: 0")
        .containsPattern("[1-9] of them copies");
    CliTest.Run again = CliTest.run("ingest", "--no-nlp", "--data", data, DEMO.toString());
    assertThat(again.err()).contains(" 0 article(s) stored, 0 replaced").containsPattern("[1-9]\\d* unchanged");

    CliTest.Run stories = CliTest.run("stories", "--data", data, "--format", "jsonl");
    assertThat(stories.exit()).isZero();
    assertThat(stories.jsonLines()).anySatisfy(s -> assertThat(s.get("copies").asInt()).isPositive());

    CliTest.Run search = CliTest.run("search", "--data", data, "security guarantees");
    assertThat(search.exit()).isZero();
    assertThat(search.out()).contains("[security] [guarantees]");

    CliTest.Run export = CliTest.run("export", "--data", data, "--format", "csv");
    assertThat(export.exit()).isZero();
    assertThat(export.out()).startsWith("id,article_id,day_first");
  }

  @Test
  void benchApiMeasuresEachRunAndTheServerDoesNotCompactTheStore() throws SQLException {
    String data = dir.resolve("data").toString();
    assertThat(CliTest.run("ingest", "--no-nlp", "--data", data, DEMO.toString()).exit()).isZero();
    CliTest.Run r = CliTest.run("bench", "api", "--data", data, "--clients", "2", "--warmup", "0", "--duration", "1", "--runs", "2");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("run 1 of 2", "run 2 of 2");
    assertThat(r.out().split(" requests/s, 0 errors", -1)).hasSize(3);
    assertThat(System.getProperty("h2.autoCompactFillRate")).as("no JVM-wide H2 setting").isNull();

    BenchApiCommand bench = new BenchApiCommand();
    new CommandLine(bench).parseArgs("--data", data);
    try (Store store = Store.open(bench.storeLocation())) {
      assertThat(autoCompactFillRate(data)).isZero();
    }
  }

  @Test
  void serveOpensTheStoreWithoutBackgroundCompactionUnlessItMayWrite() throws SQLException {
    String data = dir.resolve("data").toString();
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--data", data);
    try (Store store = Store.open(serve.storeLocation(ServerConfig.local(0)))) {
      assertThat(autoCompactFillRate(data)).isZero();
    }
    try (Store store = Store.open(serve.storeLocation(ServerConfig.local(0).withWriteToken("a-write-token-of-some-length")))) {
      assertThat(autoCompactFillRate(data)).isPositive();
    }
  }

  /**
   * H2's AUTO_COMPACT_FILL_RATE of the store open in {@code data}, read over a second connection whose URL
   * does not name it, so it shows what the open database runs with ({@code parley} is the store's H2 file).
   */
  private static int autoCompactFillRate(String data) throws SQLException {
    String url = "jdbc:h2:file:" + Path.of(data, "parley").toAbsolutePath().toString().replace('\\', '/') + ";IFEXISTS=TRUE";
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'AUTO_COMPACT_FILL_RATE'")) {
      assertThat(rs.next()).as("H2 lists AUTO_COMPACT_FILL_RATE").isTrue();
      return Integer.parseInt(rs.getString(1));
    }
  }

  @Test
  void aFlinkIngestStoresWhatAPlainIngestWouldAndAgainChangesNothing() {
    String data = dir.resolve("flink").toString();
    CliTest.Run first = CliTest.run("ingest", "--flink", "--threads", "2", "--no-nlp", "--data", data, DEMO.toString());
    assertThat(first.exit()).isZero();
    assertThat(first.err()).contains("2 analysis slot(s), one writer").containsPattern("(\\d+) article\\(s\\) stored, 0 replaced")
        .contains("rejected: 0").containsPattern("[1-9] of them copies");
    CliTest.Run plain = CliTest.run("ingest", "--no-nlp", "--data", data, DEMO.toString());
    assertThat(plain.err()).contains(" 0 article(s) stored, 0 replaced").containsPattern("[1-9]\\d* unchanged");
    CliTest.Run again = CliTest.run("ingest", "--flink", "--no-nlp", "--data", data, DEMO.toString());
    assertThat(again.err()).contains(" 0 article(s) stored, 0 replaced").containsPattern("[1-9]\\d* unchanged");
  }

  @Test
  void aFlinkAddressWithoutAPortIsAUsageError() {
    CliTest.Run r = CliTest.run("ingest", "--flink", "--jobmanager", "flink-master", "--no-nlp", "--data", dir.toString(), DEMO.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("HOST:PORT");
    CliTest.Run alone = CliTest.run("ingest", "--jobmanager", "flink-master:8081", "--data", dir.toString(), DEMO.toString());
    assertThat(alone.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(alone.err()).contains("--jobmanager needs --flink");
  }

  @Test
  void anUnreachableDatabaseIsAnErrorThatSaysWhat() {
    CliTest.Run r = CliTest.run("events", "--data", dir.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/nowhere");
    assertThat(r.exit()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(r.err()).contains("cannot open the store at jdbc:postgresql://127.0.0.1:1/nowhere").doesNotContain("this is a bug");
  }

  @Test
  void aBadRootCodeIsAUsageError() {
    CliTest.Run r = CliTest.run("events", "--data", dir.toString(), "--root", "4");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("two digits");
  }
}
