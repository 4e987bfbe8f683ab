package cn.hinews.core.crawl;

import cn.hinews.core.crawl.FetchResult.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Plain HTTP with the manners a crawler needs: a User-Agent with a contact, connect/answer/total
 * timeouts, a body limit (compressed and decompressed), gzip, at most N redirects with loop
 * detection, conditional GET, and retries with exponential backoff on 5xx, 429 and network errors,
 * honouring Retry-After — never on other 4xx. Every hop is vetted by the {@link AddressGuard} and
 * connects to the address it vetted, with the name in the Host header and in TLS (SNI and the
 * certificate check; see {@link PinnedClients}); this needs {@code
 * -Djdk.httpclient.allowRestrictedHeaders=host}, without which every fetch fails closed. Politeness
 * between requests (robots.txt, per-host delay) is the caller's.
 */
public final class HttpFetcher implements Fetcher {
  /** Waits between tries (a test passes one that records instead of sleeping). */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final PinnedClients clients;
  private final FetchSettings settings;
  private final Sleeper sleeper;
  private final Clock clock;
  private final AddressGuard guard;

  /** A fetcher that fetches any address (for tests on loopback). */
  public HttpFetcher(FetchSettings settings, Sleeper sleeper, Clock clock) {
    this(settings, sleeper, clock, AddressGuard.standard(true));
  }

  /**
   * @param guard checked before every request, redirects included
   */
  public HttpFetcher(FetchSettings settings, Sleeper sleeper, Clock clock, AddressGuard guard) {
    this.guard = guard;
    this.settings = settings;
    this.sleeper = sleeper;
    this.clock = clock;
    this.clients = new PinnedClients(settings.connectTimeout());
  }

  /** A fetcher that really sleeps between tries. */
  public static HttpFetcher standard(FetchSettings settings, AddressGuard guard) {
    return new HttpFetcher(settings, d -> Thread.sleep(d.toMillis()), Clock.systemUTC(), guard);
  }

  /** One try: the result, and whether (and after how long) another try may help. */
  private record Attempt(FetchResult result, boolean retryable, Optional<Duration> retryAfter) {}

  @Override
  public FetchResult fetch(String url, Optional<String> etag, Optional<String> lastModified) {
    Duration backoff = settings.firstBackoff();
    for (int attempt = 1; ; attempt++) {
      Attempt a = once(url, etag, lastModified, attempt);
      if (!a.retryable() || attempt >= settings.maxAttempts()) {
        return a.result();
      }
      Duration wait = a.retryAfter().orElse(backoff);
      if (wait.compareTo(settings.maxBackoff()) > 0) {
        wait = settings.maxBackoff();
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return a.result();
      }
      backoff = backoff.multipliedBy(2);
      if (backoff.compareTo(settings.maxBackoff()) > 0) {
        backoff = settings.maxBackoff();
      }
    }
  }

  private Attempt once(
      String url, Optional<String> etag, Optional<String> lastModified, int attempt) {
    Set<String> seen = new HashSet<>();
    String current = url;
    int status = 0;
    for (int hop = 0; ; hop++) {
      if (!seen.add(current)) {
        return failure(
            url, current, Outcome.REDIRECT_LOOP, status, attempt, "redirect loop at " + current);
      }
      AddressGuard.Vetting vetting = guard.vet(current);
      if (vetting instanceof AddressGuard.Refused refused) {
        return failure(url, current, Outcome.REFUSED, 0, attempt, refused.reason());
      }
      AddressGuard.Allowed vetted = (AddressGuard.Allowed) vetting;
      HttpRequest.Builder request;
      try {
        // connect to the vetted address, never to a second lookup of the name
        request =
            HttpRequest.newBuilder(vetted.pinned())
                .header("Host", vetted.hostHeader())
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .GET();
      } catch (IllegalArgumentException e) {
        return failure(
            url, current, Outcome.CLIENT_ERROR, 0, attempt, "cannot request: " + e.getMessage());
      }
      if (hop == 0) {
        etag.ifPresent(v -> request.header("If-None-Match", v));
        lastModified.ifPresent(v -> request.header("If-Modified-Since", v));
      }
      HttpResponse<InputStream> response;
      try {
        response =
            clients
                .forHost(vetted)
                .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        return retry(
            failure(
                url,
                current,
                Outcome.TIMEOUT,
                0,
                attempt,
                "no answer within " + settings.readTimeout()));
      } catch (IOException e) {
        return retry(failure(url, current, Outcome.NETWORK_ERROR, 0, attempt, String.valueOf(e)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failure(url, current, Outcome.NETWORK_ERROR, 0, attempt, "interrupted");
      }
      status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
        close(response.body());
        if (hop >= settings.maxRedirects()) {
          return failure(
              url,
              current,
              Outcome.TOO_MANY_REDIRECTS,
              status,
              attempt,
              "more than " + settings.maxRedirects() + " redirects");
        }
        try {
          current = URI.create(current).resolve(location.get().strip()).toString();
        } catch (IllegalArgumentException e) {
          return failure(
              url,
              current,
              Outcome.CLIENT_ERROR,
              status,
              attempt,
              "bad redirect: " + location.get());
        }
        continue;
      }
      if (status == 304) {
        close(response.body());
        return new Attempt(
            new FetchResult(
                url,
                current,
                Outcome.NOT_MODIFIED,
                status,
                Optional.empty(),
                new byte[0],
                etag,
                lastModified,
                attempt,
                ""),
            false,
            Optional.empty());
      }
      if (status == 429 || status >= 500) {
        close(response.body());
        Optional<Duration> after = retryAfter(response.headers().firstValue("Retry-After"));
        return new Attempt(
            failure(url, current, Outcome.SERVER_ERROR, status, attempt, "HTTP " + status).result(),
            true,
            after);
      }
      if (status >= 400 || status < 200 || status >= 300) {
        close(response.body());
        return failure(url, current, Outcome.CLIENT_ERROR, status, attempt, "HTTP " + status);
      }
      return body(url, current, response, attempt);
    }
  }

  private Attempt body(
      String url, String current, HttpResponse<InputStream> response, int attempt) {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > settings.maxBytes()) {
      close(response.body());
      return failure(
          url,
          current,
          Outcome.TOO_LARGE,
          response.statusCode(),
          attempt,
          declared + " bytes declared");
    }
    InputStream raw = response.body();
    // a stalled body must not hold the crawler: close it when the total time is up
    CompletableFuture.delayedExecutor(settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .execute(() -> close(raw));
    String encoding =
        response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
    try (InputStream in =
        encoding.contains("gzip")
            ? new GZIPInputStream(new Limited(raw, settings.maxBytes()))
            : encoding.contains("deflate")
                ? new InflaterInputStream(new Limited(raw, settings.maxBytes()))
                : new Limited(raw, settings.maxBytes())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16_384];
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        if (out.size() > settings.maxBytes()) {
          throw new Limited.TooLarge(); // decompressed past the limit (a zip bomb, or just large)
        }
      }
      return new Attempt(
          new FetchResult(
              url,
              current,
              Outcome.OK,
              response.statusCode(),
              response.headers().firstValue("Content-Type"),
              out.toByteArray(),
              response.headers().firstValue("ETag"),
              response.headers().firstValue("Last-Modified"),
              attempt,
              ""),
          false,
          Optional.empty());
    } catch (Limited.TooLarge e) {
      return failure(
          url,
          current,
          Outcome.TOO_LARGE,
          response.statusCode(),
          attempt,
          "body over " + settings.maxBytes() + " bytes");
    } catch (IOException e) {
      return retry(
          failure(
              url, current, Outcome.NETWORK_ERROR, response.statusCode(), attempt, "body: " + e));
    }
  }

  /** Retry-After in seconds or as an HTTP date. */
  Optional<Duration> retryAfter(Optional<String> header) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String v = header.get().strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static Attempt failure(
      String url, String at, Outcome outcome, int status, int attempt, String why) {
    return new Attempt(
        new FetchResult(
            url,
            at,
            outcome,
            status,
            Optional.empty(),
            new byte[0],
            Optional.empty(),
            Optional.empty(),
            attempt,
            url + ": " + why),
        false,
        Optional.empty());
  }

  private static Attempt retry(Attempt a) {
    return new Attempt(a.result(), true, Optional.empty());
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // closing a response nobody reads any more: nothing to report
    }
  }

  /** Stops reading past a byte limit. */
  private static final class Limited extends java.io.FilterInputStream {
    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;
    }

    private long left;

    Limited(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        left -= n;
        if (left < 0) {
          throw new TooLarge();
        }
      }
      return n;
    }
  }
}
