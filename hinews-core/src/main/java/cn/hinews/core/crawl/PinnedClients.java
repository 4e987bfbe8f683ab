package cn.hinews.core.crawl;

import java.net.http.HttpClient;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * HTTP clients for requests sent to a vetted address rather than a name: plain HTTP shares one;
 * HTTPS gets one per host name whose TLS names that host (SNI), so that the server presents the
 * host's certificate and the JDK checks the certificate against the name, not the address. A few
 * hundred hosts at most are kept.
 */
final class PinnedClients {
  private static final int KEPT = 256;

  static {
    // the JDK's client refuses a Host header unless allowed; it reads this once, when its own
    // classes load (HinewsMain sets it first thing; a process that starts a crawl otherwise gets
    // it here, before its first client). Without it every fetch fails closed.
    String allowed = System.getProperty("jdk.httpclient.allowRestrictedHeaders", "");
    if (!allowed.toLowerCase(java.util.Locale.ROOT).contains("host")) {
      System.setProperty(
          "jdk.httpclient.allowRestrictedHeaders", allowed.isEmpty() ? "host" : allowed + ",host");
    }
  }

  private final Duration connectTimeout;
  private final HttpClient plain;
  private final Map<String, HttpClient> tls =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HttpClient> eldest) {
          return size() > KEPT;
        }
      };

  PinnedClients(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
    this.plain = builder().build();
  }

  private HttpClient.Builder builder() {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1);
  }

  HttpClient forHost(AddressGuard.Allowed vetted) {
    if (!vetted.uri().getScheme().equalsIgnoreCase("https")
        || vetted.host().indexOf(':') >= 0
        || InternalAddresses.looksNumeric(vetted.host())) {
      return plain; // an IP literal names no host for SNI: the JDK checks the address itself
    }
    synchronized (tls) {
      return tls.computeIfAbsent(
          vetted.host(),
          host -> {
            SSLParameters params = defaults();
            params.setServerNames(List.of(new SNIHostName(host)));
            params.setEndpointIdentificationAlgorithm("HTTPS");
            return builder().sslParameters(params).build();
          });
    }
  }

  private static SSLParameters defaults() {
    try {
      return SSLContext.getDefault().getDefaultSSLParameters();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no default TLS", e);
    }
  }
}
