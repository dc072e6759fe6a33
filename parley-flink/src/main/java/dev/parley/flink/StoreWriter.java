package dev.parley.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.article.Article;
import dev.parley.core.json.AnalysisReader;
import dev.parley.store.IngestResult;
import dev.parley.store.RawSource;
import dev.parley.store.Store;
import dev.parley.store.StoreLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.flink.api.common.accumulators.ListAccumulator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Stores analysed inputs, one transaction per article, through {@link Store#ingest}: the same code as
 * {@code parley ingest}, so the rows are the same. It runs in one slot (the job sets its parallelism to
 * 1): the store keeps its near-duplicate index and its search index in the writer, and analysis, not
 * storing, is what needs the cluster. A replayed record after a restart is stored as unchanged, so the
 * at-least-once delivery of a failed-over job never stores an article twice.
 *
 * <p>It is a flat-map that emits nothing rather than a sink because it reports what it did through Flink
 * accumulators (stored, replaced, unchanged, copies, and each rejection's line), which the client prints when the job ends.
 */
final class StoreWriter extends RichFlatMapFunction<AnalysedInput, String> {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String dataDir;
  private final String jdbcUrl;
  private transient Store store;
  private transient ListAccumulator<String> rejections;

  StoreWriter(StoreLocation location) {
    this.dataDir = location.dataDir().toString();
    this.jdbcUrl = location.jdbcUrl();
  }

  @Override
  public void open(OpenContext context) {
    Path data = Path.of(dataDir);
    rejections = new ListAccumulator<>();
    getRuntimeContext().addAccumulator(FlinkIngest.REJECTIONS, rejections);
    store = Store.open(jdbcUrl == null ? StoreLocation.embedded(data) : StoreLocation.server(jdbcUrl, data));
  }

  @Override
  public void flatMap(AnalysedInput in, Collector<String> out) {
    if (in.isRejected()) {
      rejections.add(in.input + ": " + in.reason + ": " + in.message); // counted where it was read; nothing to store
      return;
    }
    Article article;
    try {
      article = AnalysisReader.article(JSON.readTree(in.analysis));
    } catch (IOException e) {
      throw new UncheckedIOException("the analysis of " + in.input + " is not JSON", e);
    }
    IngestResult r = store.ingest(article, in.raw == null ? null : new RawSource(in.input, in.raw));
    getRuntimeContext().getIntCounter(FlinkIngest.STATUS_PREFIX + r.status().name().toLowerCase(java.util.Locale.ROOT)).add(1);
    if (r.copyOf() != null && r.status() != IngestResult.Status.UNCHANGED) {
      getRuntimeContext().getIntCounter(FlinkIngest.COPIES).add(1);
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.flush();
      store.close();
      store = null;
    }
  }
}
