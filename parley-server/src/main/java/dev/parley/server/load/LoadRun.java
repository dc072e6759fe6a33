package dev.parley.server.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Closed-loop load: {@code clients} threads, each sending its next request as soon as the last one is
 * answered, for {@code duration} after a warm-up that is not counted. Requests cycle through the given
 * paths, each client from its own starting point. Only loopback servers are accepted, and every loop stops
 * by time and by a request cap.
 */
public final class LoadRun {
  /** No client sends more than this many requests, whatever the duration. */
  static final int MAX_REQUESTS_PER_CLIENT = 5_000_000;

  /**
   * What a run measured.
   *
   * @param requests requests answered in the measured window
   * @param errors requests that failed or did not answer 200
   * @param seconds the measured window
   * @param latencyMicros percentiles: p50, p95, p99, max
   * @param byRoute per route (ids replaced by {id}, the query dropped): requests, p50 and p95 in microseconds
   * @param errorSamples a few failures by kind, for the report
   */
  public record Result(long requests, long errors, double seconds, long[] latencyMicros, Map<String, long[]> byRoute,
      Map<String, Integer> errorSamples) {
    public double throughput() {
      return requests / seconds;
    }

    public long p50() {
      return latencyMicros[0];
    }

    public long p95() {
      return latencyMicros[1];
    }

    public long p99() {
      return latencyMicros[2];
    }

    public long max() {
      return latencyMicros[3];
    }
  }

  private LoadRun() {}

  public static Result run(URI base, List<String> paths, int clients, Duration warmup, Duration duration)
      throws InterruptedException {
    Objects.requireNonNull(base, "base");
    if (!isLoopback(base)) {
      throw new IllegalArgumentException("the load generator only targets this machine (loopback), not " + base.getHost());
    }
    if (paths.isEmpty() || clients < 1 || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("paths, clients >= 1 and a positive duration are needed");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    List<HttpRequest> requests = new ArrayList<>();
    for (String p : paths) {
      requests.add(HttpRequest.newBuilder(base.resolve(p)).timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json").GET().build());
    }
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long end = measureFrom + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Client>> futures = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Client c = new Client(http, requests, i * requests.size() / clients, measureFrom, end);
      futures.add(pool.submit(() -> {
        c.loop();
        return c;
      }));
    }
    pool.shutdown();
    List<Client> done = new ArrayList<>();
    for (Future<Client> f : futures) {
      try {
        done.add(f.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("a load client failed", e.getCause());
      }
    }
    return summarise(done, paths, (double) duration.toNanos() / 1e9);
  }

  private static Result summarise(List<Client> clients, List<String> paths, double seconds) {
    int total = 0;
    long errors = 0;
    Map<String, Integer> samples = new TreeMap<>();
    for (Client c : clients) {
      total += c.count;
      errors += c.errors;
      c.errorKinds.forEach((k, v) -> samples.merge(k, v, Integer::sum));
    }
    long[] all = new long[total];
    int at = 0;
    for (Client c : clients) {
      System.arraycopy(c.latencies, 0, all, at, c.count);
      at += c.count;
    }
    Map<String, long[]> byRoute = new TreeMap<>();
    Map<String, long[]> buffers = new TreeMap<>();
    Map<String, Integer> fill = new TreeMap<>();
    for (Client c : clients) {
      for (int i = 0; i < c.count; i++) {
        String route = route(paths.get(c.which[i]));
        buffers.computeIfAbsent(route, k -> new long[16]);
        int n = fill.getOrDefault(route, 0);
        long[] b = buffers.get(route);
        if (n == b.length) {
          b = Arrays.copyOf(b, n * 2);
          buffers.put(route, b);
        }
        b[n] = c.latencies[i];
        fill.put(route, n + 1);
      }
    }
    for (Map.Entry<String, long[]> e : buffers.entrySet()) {
      long[] v = Arrays.copyOf(e.getValue(), fill.get(e.getKey()));
      Arrays.sort(v);
      byRoute.put(e.getKey(), new long[] {v.length, percentile(v, 50), percentile(v, 95)});
    }
    Arrays.sort(all);
    long[] pct = {percentile(all, 50), percentile(all, 95), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1]};
    return new Result(total, errors, seconds, pct, byRoute, samples);
  }

  /** The route a path belongs to: ids replaced by {id}, the query dropped. */
  static String route(String path) {
    String p = path.split("\\?", 2)[0];
    String[] parts = p.split("/");
    // /api/articles/123 -> /api/articles/{id}
    if (parts.length == 4 && parts[1].equals("api")) {
      parts[3] = "{id}";
    }
    String r = String.join("/", parts);
    return path.contains("?") ? r + "?" : r;
  }

  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static boolean isLoopback(URI u) {
    String h = u.getHost();
    return h != null && (h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1"));
  }

  /** One client: its own latencies, so no lock is taken while measuring. */
  private static final class Client {
    final HttpClient http;
    final List<HttpRequest> requests;
    final long measureFrom;
    final long end;
    int next;
    long[] latencies = new long[4096];
    int[] which = new int[4096];
    int count;
    long errors;
    final Map<String, Integer> errorKinds = new TreeMap<>();

    Client(HttpClient http, List<HttpRequest> requests, int first, long measureFrom, long end) {
      this.http = http;
      this.requests = requests;
      this.next = first;
      this.measureFrom = measureFrom;
      this.end = end;
    }

    void loop() throws InterruptedException {
      for (int sent = 0; sent < MAX_REQUESTS_PER_CLIENT; sent++) {
        int i = next;
        next = (next + 1) % requests.size();
        long t0 = System.nanoTime();
        if (t0 >= end) {
          return;
        }
        String error = null;
        try {
          HttpResponse<byte[]> res = http.send(requests.get(i), HttpResponse.BodyHandlers.ofByteArray());
          if (res.statusCode() != 200) {
            error = "HTTP " + res.statusCode() + " " + requests.get(i).uri().getPath();
          }
        } catch (IOException e) {
          error = e.getClass().getSimpleName();
        }
        long t1 = System.nanoTime();
        if (t0 < measureFrom || t1 > end) {
          continue; // warm-up, or answered after the window closed
        }
        if (error != null) {
          errors++;
          errorKinds.merge(error, 1, Integer::sum);
        }
        record(i, (t1 - t0) / 1000);
      }
    }

    private void record(int request, long micros) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
        which = Arrays.copyOf(which, count * 2);
      }
      latencies[count] = micros;
      which[count] = request;
      count++;
    }
  }
}
