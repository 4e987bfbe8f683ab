package cn.hinews.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.crawl.FetchResult.Outcome;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on loopback. */
class HttpFetcherIT {
  HttpServer server;
  String base;
  final List<Duration> waits = new ArrayList<>();
  final AtomicInteger hits = new AtomicInteger();
  final List<String> userAgents = new ArrayList<>();

  HttpFetcher fetcher(FetchSettings s) {
    return new HttpFetcher(
        s, waits::add, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  FetchSettings settings() {
    return FetchSettings.defaults();
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/ok",
        ex -> send(ex, 200, "正文".getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
    server.createContext(
        "/gzip",
        ex -> {
          ByteArrayOutputStream zipped = new ByteArrayOutputStream();
          try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("压缩的正文".getBytes(StandardCharsets.UTF_8));
          }
          ex.getResponseHeaders().add("Content-Encoding", "gzip");
          send(ex, 200, zipped.toByteArray(), "text/html");
        });
    server.createContext(
        "/cond",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
          } else {
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            ex.getResponseHeaders().add("Last-Modified", "Thu, 01 Jan 2026 00:00:00 GMT");
            send(ex, 200, "v1".getBytes(StandardCharsets.UTF_8), "text/plain");
          }
        });
    for (int i = 1; i <= 7; i++) {
      int n = i;
      server.createContext("/r" + n, ex -> redirect(ex, "/r" + (n + 1)));
    }
    server.createContext(
        "/r8", ex -> send(ex, 200, "终点".getBytes(StandardCharsets.UTF_8), "text/plain"));
    server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
    server.createContext("/loop-b", ex -> redirect(ex, "/loop-a"));
    server.createContext(
        "/flaky",
        ex -> {
          if (hits.incrementAndGet() < 3) {
            send(ex, 503, new byte[0], "text/plain");
          } else {
            send(ex, 200, "好了".getBytes(StandardCharsets.UTF_8), "text/plain");
          }
        });
    server.createContext(
        "/busy",
        ex -> {
          hits.incrementAndGet();
          ex.getResponseHeaders().add("Retry-After", "7");
          send(ex, 429, new byte[0], "text/plain");
        });
    server.createContext(
        "/gone",
        ex -> {
          hits.incrementAndGet();
          userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
          send(ex, 404, new byte[0], "text/plain");
        });
    server.createContext("/big", ex -> send(ex, 200, new byte[2048], "application/octet-stream"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static void send(HttpExchange ex, int status, byte[] body, String type) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  FetchResult get(String path) {
    return fetcher(settings()).fetch(base + path, Optional.empty(), Optional.empty());
  }

  @Test
  void plainAndGzip() {
    FetchResult ok = get("/ok");
    assertThat(ok.outcome()).isEqualTo(Outcome.OK);
    assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("正文");
    assertThat(ok.contentType()).contains("text/html; charset=utf-8");
    assertThat(new String(get("/gzip").body(), StandardCharsets.UTF_8)).isEqualTo("压缩的正文");
  }

  @Test
  void conditionalGet() {
    FetchResult first = get("/cond");
    assertThat(first.etag()).contains("\"v1\"");
    FetchResult again =
        fetcher(settings()).fetch(base + "/cond", first.etag(), first.lastModified());
    assertThat(again.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
  }

  @Test
  void redirectsUpToFiveAndLoopsDetected() {
    FetchResult four = get("/r4"); // r4 → r5 → r6 → r7 → r8: four redirects
    assertThat(four.outcome()).isEqualTo(Outcome.OK);
    assertThat(four.finalUrl()).endsWith("/r8");
    FetchResult seven = get("/r1"); // seven redirects
    assertThat(seven.outcome()).isEqualTo(Outcome.TOO_MANY_REDIRECTS);
    assertThat(seven.message()).contains(base + "/r1");
    assertThat(get("/loop-a").outcome()).isEqualTo(Outcome.REDIRECT_LOOP);
  }

  @Test
  void retriesServerErrorsWithBackoffButNotClientErrors() {
    FetchResult flaky = get("/flaky");
    assertThat(flaky.outcome()).isEqualTo(Outcome.OK);
    assertThat(flaky.attempts()).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));

    waits.clear();
    hits.set(0);
    FetchResult gone = get("/gone");
    assertThat(gone.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(hits.get()).isEqualTo(1);
    assertThat(waits).isEmpty();
    assertThat(userAgents.get(0)).contains("hinews").contains("mailto:");
  }

  @Test
  void honoursRetryAfter() {
    FetchResult busy = get("/busy");
    assertThat(busy.outcome()).isEqualTo(Outcome.SERVER_ERROR);
    assertThat(busy.status()).isEqualTo(429);
    assertThat(hits.get()).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
  }

  @Test
  void refusesBodiesOverTheLimitAndNamesTheUrl() {
    FetchSettings d = settings();
    FetchSettings small =
        new FetchSettings(
            d.userAgent(),
            d.connectTimeout(),
            d.readTimeout(),
            d.totalTimeout(),
            1024,
            5,
            3,
            d.firstBackoff(),
            d.maxBackoff());
    FetchResult big = fetcher(small).fetch(base + "/big", Optional.empty(), Optional.empty());
    assertThat(big.outcome()).isEqualTo(Outcome.TOO_LARGE);
    assertThat(big.message()).startsWith(base + "/big");
  }

  @Test
  void aClosedPortIsANetworkErrorNotAnException() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    FetchResult r =
        fetcher(settings())
            .fetch("http://127.0.0.1:" + port + "/", Optional.empty(), Optional.empty());
    assertThat(r.outcome()).isEqualTo(Outcome.NETWORK_ERROR);
    assertThat(r.attempts()).isEqualTo(3);
    assertThat(
            fetcher(settings())
                .fetch("not a url at all", Optional.empty(), Optional.empty())
                .outcome())
        .isIn(Outcome.CLIENT_ERROR, Outcome.NETWORK_ERROR, Outcome.REFUSED);
  }
}
