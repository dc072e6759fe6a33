package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.pipeline.Parley;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadSlotsTest {
  @Test
  void readsBeyondTheSlotsWaitUntilOneEnds() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger entered = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ParleyServer.ApiModule slow = m -> m.routes().get("/api/slow", ctx -> {
      entered.incrementAndGet();
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        release.await(30, TimeUnit.SECONDS);
      } finally {
        running.decrementAndGet();
      }
      ctx.result("ok");
    });
    try (ParleyServer server = ParleyServer.start(ServerConfig.local(0).withReadSlots(2), Parley::create, List.of(slow),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      Http http = new Http(server.url());
      List<CompletableFuture<Http.Response>> calls = new ArrayList<>();
      java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(5);
      for (int i = 0; i < 5; i++) {
        calls.add(CompletableFuture.supplyAsync(() -> http.get("/api/slow"), clients));
      }
      for (int i = 0; i < 200 && entered.get() < 2; i++) {
        Thread.sleep(50);
      }
      Thread.sleep(300); // time for the other three to get in, were they let in
      assertThat(entered.get()).as("requests inside the handler while two hold the slots").isEqualTo(2);
      release.countDown();
      for (CompletableFuture<Http.Response> c : calls) {
        assertThat(c.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      }
      assertThat(entered.get()).isEqualTo(5);
      assertThat(most.get()).isEqualTo(2);
      clients.shutdown();
    }
  }
}
