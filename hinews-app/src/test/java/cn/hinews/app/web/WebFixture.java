package cn.hinews.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.demo.DemoData;
import cn.hinews.app.web.security.Users;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app on a real loopback port over a home with the demo issues and three users (viewer,
 * editor, admin; password {@link #PASSWORD}), with the HTTP helpers of a browser-like client: a
 * form login, the CSRF token of a page, form posts.
 */
final class WebFixture implements AutoCloseable {
  static final String PASSWORD = "geheim-2026";

  final HinewsHome home;
  final ConfigurableApplicationContext context;
  final int port;

  private WebFixture(HinewsHome home, ConfigurableApplicationContext context, int port) {
    this.home = home;
    this.context = context;
    this.port = port;
  }

  /**
   * Starts it in {@code dir}; {@code hinewsYml} (may be empty) is the home's configuration, e.g. to
   * let the fetcher reach loopback pages.
   */
  static WebFixture start(Path dir, String hinewsYml) throws Exception {
    Files.createDirectories(dir);
    if (!hinewsYml.isEmpty()) {
      Files.writeString(dir.resolve("hinews.yml"), hinewsYml);
    }
    HinewsHome home = HinewsHome.open(dir, Clock.systemUTC());
    DemoData.importInto(home, Map.of(), new PrintWriter(new StringWriter()));
    Users users = new Users(home.store(), home.clock());
    users.add("viewer", PASSWORD, AppUser.Role.VIEWER, "test");
    users.add("editor", PASSWORD, AppUser.Role.EDITOR, "test");
    users.add("admin", PASSWORD, AppUser.Role.ADMIN, "test");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    return new WebFixture(home, WebApp.start(home, "127.0.0.1", port), port);
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  static HttpClient anonymous() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** A client logged in through the form, as a browser would. */
  HttpClient login(String user) throws Exception {
    HttpClient client = anonymous();
    HttpResponse<String> r =
        post(
            client,
            "/login",
            "username=" + user + "&password=" + PASSWORD + "&_csrf=" + csrf(client, "/login"));
    assertThat(r.statusCode()).as("login of " + user).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return client;
  }

  HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The page a redirect leads to (one hop), as the browser would show it next. */
  HttpResponse<String> follow(HttpClient client, HttpResponse<String> redirect) throws Exception {
    assertThat(redirect.statusCode()).as("a redirect").isIn(302, 303);
    String to = redirect.headers().firstValue("Location").orElseThrow();
    return get(client, to.startsWith("http") ? URI.create(to).getRawPath() : to);
  }

  HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The CSRF token of the form on {@code path}. */
  String csrf(HttpClient client, String path) throws Exception {
    Matcher m =
        Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get(client, path).body());
    assertThat(m.find()).as("a _csrf field on " + path).isTrue();
    return m.group(1);
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    context.close();
    home.close();
  }
}
