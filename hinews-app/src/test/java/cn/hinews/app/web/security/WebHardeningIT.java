package cn.hinews.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.demo.DemoData;
import cn.hinews.app.web.WebApp;
import cn.hinews.core.domain.AppUser;
import cn.hinews.core.home.HinewsHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web attacks of issue 18 (headers, cookies, CSRF, queries), behind a (simulated) TLS proxy.
 */
class WebHardeningIT {
  @TempDir static Path dir;
  static HinewsHome home;
  static ConfigurableApplicationContext context;
  static int port;
  static final String PASSWORD = "kopf-2026-zeilen";

  @BeforeAll
  static void start() throws Exception {
    home = HinewsHome.open(dir.resolve("home"), Clock.systemUTC());
    DemoData.importInto(home, Map.of(), new PrintWriter(new StringWriter()));
    new Users(home.store(), home.clock()).add("viewer", PASSWORD, AppUser.Role.VIEWER, "test");
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    context = WebApp.start(home, "127.0.0.1", port, Map.of("HINEWS_BEHIND_PROXY", "1"));
  }

  @AfterAll
  static void stop() {
    context.close();
    home.close();
  }

  static HttpResponse<String> get(String path, String proto) throws Exception {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-Proto", proto)
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                ("viewer:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A form login: the session cookie it sets. */
  static String sessionCookie(String proto) throws Exception {
    HttpClient c =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    URI login = URI.create("http://127.0.0.1:" + port + "/login");
    HttpResponse<String> page =
        c.send(
            HttpRequest.newBuilder(login).header("X-Forwarded-Proto", proto).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(m.find()).isTrue();
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(login)
                .header("X-Forwarded-Proto", proto)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=viewer&password=" + PASSWORD + "&_csrf=" + m.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return r.headers().allValues("Set-Cookie").stream()
        .filter(v -> v.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void ourPagesHaveAContentSecurityPolicyAReferrerAndAPermissionsPolicy() throws Exception {
    HttpResponse<String> r = get("/", "http");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'", "script-src 'self' 'nonce-", "object-src 'none'")
        .contains("frame-ancestors 'self'");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(r.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void theHtmlExportIsSandboxed() throws Exception {
    HttpResponse<String> r = get("/issues/monthly/554.html", "http");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .startsWith("sandbox;")
        .contains("default-src 'none'");
  }

  @Test
  void overTlsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
    String cookie = sessionCookie("https");
    assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
    assertThat(get("/", "https").headers().firstValue("Strict-Transport-Security"))
        .get()
        .asString()
        .contains("max-age=");
  }

  @Test
  void overPlainHttpTheCookieIsStillSameSite() throws Exception {
    String cookie = sessionCookie("http");
    assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    assertThat(get("/", "http").headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void basicCredentialsBesideASessionCookieDoNotSkipTheCsrfCheck() throws Exception {
    String cookie = sessionCookie("http");
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("viewer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/logout"))
            .header("Authorization", basic)
            .POST(HttpRequest.BodyPublishers.noBody());
    HttpClient c = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> withCookie =
        c.send(
            post.copy().header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(withCookie.statusCode()).isEqualTo(403);
    HttpResponse<String> scriptOnly =
        c.send(post.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(scriptOnly.statusCode()).as(scriptOnly.body()).isNotEqualTo(403);
  }

  @Test
  void aSixHundredWordQueryIsA400InChinese() throws Exception {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      q.append("word").append(i).append("* ");
    }
    HttpResponse<String> r =
        get(
            "/api/search?q="
                + java.net.URLEncoder.encode(q.toString().strip(), StandardCharsets.UTF_8),
            "http");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("最多 64 个").doesNotContain("Exception", "org.apache");
    HttpResponse<String> wildcard = get("/api/search?q=" + "a*+b*+c*+d*+e*", "http");
    assertThat(wildcard.statusCode()).isIn(200, 400);
  }

  @Test
  void exportsAreRationedPerUser() throws Exception {
    int refused = 0;
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> r = get("/issues/monthly/552.docx", "http");
      assertThat(r.statusCode()).isIn(200, 429);
      if (r.statusCode() == 429) {
        refused++;
        assertThat(r.body()).contains("请求过于频繁");
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
      }
    }
    assertThat(refused).isGreaterThanOrEqualTo(3);
  }
}
