package dev.parley.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary folder, pg_ctl start on a free
 * port on 127.0.0.1 with the unix socket in that folder, one fresh database per test, stopped and
 * deleted when the JVM exits. Runs as the current user, or as {@code postgres} (via runuser) when
 * that is root, which PostgreSQL refuses to run as.
 */
public final class TemporaryPostgres {
  private static TemporaryPostgres shared;
  private static String missing;

  private final Path dir;
  private final Path bin;
  private final int port;
  private final boolean asPostgres;
  private final AtomicInteger databases = new AtomicInteger();

  private TemporaryPostgres(Path dir, Path bin, int port, boolean asPostgres) {
    this.dir = dir;
    this.bin = bin;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** The binaries' folder, or null: PG_BIN, else the newest /usr/lib/postgresql/N/bin, else initdb on the PATH. */
  public static Path binaries() {
    String env = System.getenv("PG_BIN");
    if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
      return Path.of(env);
    }
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> versions = Files.list(lib)) {
        Path best = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
            .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString()))).orElse(null);
        if (best != null) {
          return best;
        }
      } catch (IOException e) {
        // fall through to the PATH
      }
    }
    for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!p.isEmpty() && Files.isExecutable(Path.of(p, "initdb")) && Files.isExecutable(Path.of(p, "pg_ctl"))) {
        return Path.of(p);
      }
    }
    return null;
  }

  private static int versionOf(String s) {
    try {
      return Integer.parseInt(s.replaceAll("\\D.*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The cluster of this JVM, started on first use; null (with {@link #whyMissing}) when it cannot be. */
  public static synchronized TemporaryPostgres shared() {
    if (shared != null || missing != null) {
      return shared;
    }
    Path bin = binaries();
    if (bin == null) {
      missing = "PostgreSQL's binaries (initdb, pg_ctl) are not installed; apt-get install postgresql";
      return null;
    }
    try {
      shared = start(bin);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    } catch (IOException | InterruptedException e) {
      missing = "could not start a PostgreSQL cluster with " + bin + ": " + e.getMessage();
    }
    return shared;
  }

  public static String whyMissing() {
    return missing;
  }

  private static TemporaryPostgres start(Path bin) throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("parley-pg-");
    if (root) {
      UserPrincipal pg = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, pg);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    TemporaryPostgres c = new TemporaryPostgres(dir, bin, port, root);
    c.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "postgres",
        "-E", "UTF8", "--no-sync"));
    c.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
        dir.resolve("log").toString(), "-w", "-t", "60", "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start"));
    return c;
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (asPostgres) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed: " + output);
    }
  }

  /** A new empty database; its JDBC URL. */
  public String newDatabase() {
    String name = "parley_test_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database", e);
    }
    return url(name);
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  private void stop() {
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
    } catch (IOException | InterruptedException e) {
      // the JVM is exiting; the folder goes anyway
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }
}
