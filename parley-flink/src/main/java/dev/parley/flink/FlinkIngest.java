package dev.parley.flink;

import dev.parley.core.read.ReadOptions;
import dev.parley.store.StoreLocation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The scale-out ingest job: input paths, spread over the analysis slots, read and analysed there, then
 * stored by one writer. Run it on an embedded Flink mini-cluster ({@link #local}) or submit it to a
 * running cluster ({@link #remote}); the inputs must be readable at the same paths on every task manager
 * (a shared or replicated folder), and the store must be PostgreSQL when the writer's task manager is not
 * this machine.
 */
public final class FlinkIngest {
  static final String REJECTED_PREFIX = "rejected:";
  static final String STATUS_PREFIX = "status:";
  static final String COPIES = "copies";
  static final String REJECTIONS = "rejections";
  /** How often a failed task is restarted before the job fails. */
  static final int RESTARTS = 3;

  /**
   * What the job did, from its accumulators.
   *
   * @param rejected how many inputs were rejected, by reason
   * @param rejections one line per rejection: input, reason and message
   */
  public record Summary(int stored, int replaced, int unchanged, int copies, Map<String, Integer> rejected,
      List<String> rejections, long millis) {
    public int rejectedTotal() {
      return rejected.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final List<String> inputs;
  private final StoreLocation store;
  private final ReadOptions options;
  private final boolean languageAnalysis;
  private final int parallelism;

  /**
   * @param inputs the files to read (folders already walked)
   * @param parallelism analysis slots; the writer always has one
   */
  public FlinkIngest(List<String> inputs, StoreLocation store, ReadOptions options, boolean languageAnalysis, int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
    }
    this.inputs = List.copyOf(inputs);
    this.store = Objects.requireNonNull(store, "store");
    this.options = Objects.requireNonNull(options, "options");
    this.languageAnalysis = languageAnalysis;
    this.parallelism = parallelism;
  }

  /** An environment on an embedded mini-cluster in this JVM with one slot per analysis thread plus the writer's. */
  public StreamExecutionEnvironment local() {
    return StreamExecutionEnvironment.createLocalEnvironment(parallelism);
  }

  /**
   * An environment that submits to a running Flink cluster's REST endpoint, shipping the given jars
   * (Parley's and its dependencies') with the job.
   */
  public static StreamExecutionEnvironment remote(String host, int port, List<String> jars) {
    return StreamExecutionEnvironment.createRemoteEnvironment(host, port, jars.toArray(String[]::new));
  }

  /** Builds the job on {@code env}, runs it to the end and returns what it did. */
  public Summary run(StreamExecutionEnvironment env) throws Exception {
    if (inputs.isEmpty()) {
      return new Summary(0, 0, 0, 0, Map.of(), List.of(), 0);
    }
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    Configuration restarts = new Configuration();
    restarts.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, RESTARTS);
    restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(5));
    env.configure(restarts); // a failed task (a lost connection to the store) is retried; a replay stores nothing twice
    env.fromData(inputs, Types.STRING)
        .name("inputs")
        .rebalance()
        .flatMap(new AnalyseInputs(options, languageAnalysis))
        .name("read and analyse")
        .setParallelism(parallelism)
        .flatMap(new StoreWriter(store))
        .returns(Types.STRING)
        .name("store (" + (store.embedded() ? "H2" : "PostgreSQL") + ")")
        .setParallelism(1)
        .sinkTo(new DiscardingSink<>())
        .setParallelism(1);
    JobExecutionResult result = env.execute("parley ingest of " + inputs.size() + " input(s)");
    return summary(result);
  }

  private static Summary summary(JobExecutionResult result) {
    Map<String, Object> acc = result.getAllAccumulatorResults();
    Map<String, Integer> rejected = new TreeMap<>();
    acc.forEach((k, v) -> {
      if (k.startsWith(REJECTED_PREFIX)) {
        rejected.put(k.substring(REJECTED_PREFIX.length()), ((Number) v).intValue());
      }
    });
    return new Summary(count(acc, STATUS_PREFIX + "stored"), count(acc, STATUS_PREFIX + "replaced"),
        count(acc, STATUS_PREFIX + "unchanged"), count(acc, COPIES), rejected, lines(acc.get(REJECTIONS)),
        result.getNetRuntime());
  }

  private static List<String> lines(Object accumulated) {
    List<String> out = new java.util.ArrayList<>();
    if (accumulated instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    java.util.Collections.sort(out);
    return out;
  }

  private static int count(Map<String, Object> acc, String name) {
    Object v = acc.get(name);
    return v == null ? 0 : ((Number) v).intValue();
  }
}
