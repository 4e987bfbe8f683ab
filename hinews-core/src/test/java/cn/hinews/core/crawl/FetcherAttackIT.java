package cn.hinews.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.hinews.core.crawl.FetchResult.Outcome;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF attacks of issue 18 against both fetchers. Internal addresses are only ever the guard's
 * decision (nothing connects to them); what is served, is served on loopback.
 */
class FetcherAttackIT {
  HttpServer server;
  int port;
  final List<String> hosts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    port = server.getAddress().getPort();
    server.createContext(
        "/page",
        ex -> {
          hosts.add(ex.getRequestHeaders().getFirst("Host"));
          byte[] body = "<html><body><p>钉住的地址</p></body></html>".getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.createContext(
        "/to-file",
        ex -> {
          ex.getResponseHeaders().add("Location", "file:///etc/passwd");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** Answers 127.0.0.1 the first time and 127.0.0.2 (where nothing listens) after that. */
  static AddressGuard.Resolver rebinding(AtomicInteger lookups) {
    return host -> {
      if (!host.equals("rebind.invalid")) {
        throw new UnknownHostException(host);
      }
      byte last = (byte) (lookups.getAndIncrement() == 0 ? 1 : 2);
      return new InetAddress[] {InetAddress.getByAddress(new byte[] {127, 0, 0, last})};
    };
  }

  static final AddressGuard STRICT =
      new AddressGuard(
          false,
          host -> {
            throw new UnknownHostException(host);
          });

  HttpFetcher http(AddressGuard guard) {
    return new HttpFetcher(FetchSettings.defaults(), d -> {}, Clock.systemUTC(), guard);
  }

  BrowserFetcher browser(Path chromium, AddressGuard guard) {
    return new BrowserFetcher(chromium, FetchSettings.defaults(), guard, Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://0177.0.0.1/",
        "http://0x7f000001/",
        "http://2130706433/",
        "http://127.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::127.0.0.1]/",
        "http://[64:ff9b::a00:1]/",
        "http://[2002:a9fe:a9fe::]/",
        "http://100.100.100.200/",
        "http://169.254.169.254/latest/meta-data/",
        "http://x.localhost:8080/",
        "http://localhost./",
        "http://rebind.invalid/",
      })
  void bothFetchersRefuseEveryFormOfAnInternalAddress(String url) {
    FetchResult plain = http(STRICT).fetch(url, Optional.empty(), Optional.empty());
    assertThat(plain.outcome()).as(url).isEqualTo(Outcome.REFUSED);
    // a browser that is not there: a launch attempt would say so instead of REFUSED
    FetchResult chromium =
        browser(Path.of("/nonexistent/chromium"), STRICT)
            .fetch(url, Optional.empty(), Optional.empty());
    assertThat(chromium.outcome()).as(url).isEqualTo(Outcome.REFUSED);
  }

  @Test
  void aRedirectToAFileUrlIsRefused() {
    FetchResult r =
        http(AddressGuard.standard(true))
            .fetch("http://127.0.0.1:" + port + "/to-file", Optional.empty(), Optional.empty());
    assertThat(r.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(r.message()).contains("only http and https");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("root:");
  }

  @Test
  void theHttpFetcherConnectsToTheVettedAddressWithTheNameAsHost() {
    AtomicInteger lookups = new AtomicInteger();
    FetchResult r =
        http(new AddressGuard(true, rebinding(lookups)))
            .fetch("http://rebind.invalid:" + port + "/page", Optional.empty(), Optional.empty());
    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.OK);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("钉住的地址");
    assertThat(r.finalUrl()).isEqualTo("http://rebind.invalid:" + port + "/page");
    assertThat(hosts).containsExactly("rebind.invalid:" + port);
    assertThat(lookups).hasValue(1);
  }

  @Test
  void chromiumConnectsToTheVettedAddress() {
    Optional<Path> chromium = BrowserFetcher.findChromium();
    assumeThat(chromium).as("Chromium (Debian's chromium package)").isPresent();
    AtomicInteger lookups = new AtomicInteger();
    FetchResult r =
        browser(chromium.get(), new AddressGuard(true, rebinding(lookups)))
            .fetch("http://rebind.invalid:" + port + "/page", Optional.empty(), Optional.empty());
    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.OK);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("钉住的地址");
    assertThat(hosts).containsExactly("rebind.invalid:" + port);
    assertThat(lookups).hasValue(1);
  }
}
