package cn.hinews.core.crawl;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts a body to a URL the way the crawler fetches: the {@link AddressGuard} vets the URL (a
 * webhook is an SSRF door too) and the request goes to the vetted address, with the name in the
 * Host header and in TLS. No redirects are followed. Thread-safe.
 */
public final class GuardedPost {
  /** The answer: its status and body (the first 64 KiB, as UTF-8). */
  public record Answer(int status, String body) {}

  private static final int MAX_BODY = 64 * 1024;

  private final AddressGuard guard;
  private final PinnedClients clients;
  private final Duration timeout;

  public GuardedPost(AddressGuard guard, Duration timeout) {
    this.guard = guard;
    this.clients = new PinnedClients(timeout);
    this.timeout = timeout;
  }

  /**
   * Posts {@code body} with this content type.
   *
   * @throws IOException when the guard refuses the URL (the message says why) or the exchange fails
   */
  public Answer post(String url, String contentType, byte[] body)
      throws IOException, InterruptedException {
    AddressGuard.Vetting v = guard.vet(url);
    if (v instanceof AddressGuard.Refused r) {
      throw new IOException("refused by the address guard: " + r.reason());
    }
    AddressGuard.Allowed a = (AddressGuard.Allowed) v;
    HttpRequest request =
        HttpRequest.newBuilder(a.pinned())
            .timeout(timeout)
            .header("Host", a.hostHeader())
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response =
        clients.forHost(a).send(request, HttpResponse.BodyHandlers.ofByteArray());
    byte[] bytes = response.body();
    int n = Math.min(bytes.length, MAX_BODY);
    return new Answer(response.statusCode(), new String(bytes, 0, n, StandardCharsets.UTF_8));
  }

  /** Whether the guard lets this URL through (empty) or why not. */
  public java.util.Optional<String> refusal(String url) {
    return guard.refusal(url);
  }
}
