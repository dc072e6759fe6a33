package dev.parley.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.read.ReadOptions;
import dev.parley.store.StoreLocation;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submission to a running cluster: a Flink cluster with its REST endpoint on a free port, reached the way
 * {@code parley ingest --flink HOST:PORT} reaches a real one. (It runs in this JVM, so no jars need shipping.)
 */
class FlinkRemoteSubmitTest {
  @TempDir
  Path tmp;

  @Test
  void submitsTheJobThroughTheClustersRestEndpoint() throws Exception {
    Configuration conf = new Configuration();
    conf.set(RestOptions.PORT, 0);
    MiniClusterConfiguration cfg = new MiniClusterConfiguration.Builder().setConfiguration(conf)
        .setNumTaskManagers(1).setNumSlotsPerTaskManager(2).build();
    try (MiniCluster cluster = new MiniCluster(cfg)) {
      cluster.start();
      URI rest = cluster.getRestAddress().get();
      StoreLocation where = StoreLocation.embedded(tmp.resolve("data"));
      Path one = FlinkIngestTest.demo().resolve("03-tass-peskov-no-official-text.html");

      FlinkIngest.Summary s = new FlinkIngest(List.of(one.toString()), where, ReadOptions.defaults(), false, 1)
          .run(FlinkIngest.remote(rest.getHost(), rest.getPort(), List.of()));

      assertThat(s.stored()).isEqualTo(1);
      assertThat(s.rejectedTotal()).isZero();
      assertThat(FlinkIngestTest.summary(where).articles()).isEqualTo(1);
    }
  }
}
