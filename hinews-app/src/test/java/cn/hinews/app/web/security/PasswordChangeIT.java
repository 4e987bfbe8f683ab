package cn.hinews.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.web.WebApp;
import cn.hinews.core.home.HinewsHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The first admin's password must be changed at the first login (issue 18). */
class PasswordChangeIT {
  @TempDir Path dir;

  @Test
  void theGeneratedAdminPasswordMustBeChangedFirst() throws Exception {
    try (HinewsHome home = HinewsHome.open(dir.resolve("home"), Clock.systemUTC())) {
      StringWriter printed = new StringWriter();
      new Users(home.store(), home.clock()).ensureAdmin(Map.of(), new PrintWriter(printed));
      Matcher generated = Pattern.compile("password (\\S+) ").matcher(printed.toString());
      assertThat(generated.find()).as(printed.toString()).isTrue();
      String first = generated.group(1);
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      ConfigurableApplicationContext app = WebApp.start(home, "127.0.0.1", port, Map.of());
      try {
        String base = "http://127.0.0.1:" + port;
        HttpClient browser =
            HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        post(browser, base, "/login", "username=admin&password=" + first);
        assertThat(get(browser, base + "/").headers().firstValue("Location").orElse(""))
            .endsWith("/account/password");
        assertThat(basic(base, first).statusCode()).isEqualTo(403);
        assertThat(get(browser, base + "/account/password").body()).contains("初始密码");

        String cjk = "我们的口令是一句很长很长的中文诗句共计二十五个汉字呢";
        post(browser, base, "/account/password", change(first, cjk));
        assertThat(get(browser, base + "/account/password").body()).contains("72 字节");

        String chosen = "selbst-gewaehlt-2026";
        HttpResponse<String> done = post(browser, base, "/account/password", change(first, chosen));
        assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(get(browser, base + "/").statusCode()).isEqualTo(200);
        assertThat(basic(base, chosen).statusCode()).isEqualTo(200);
      } finally {
        app.close();
      }
    }
  }

  static String change(String current, String password) {
    String p = URLEncoder.encode(password, StandardCharsets.UTF_8);
    return "current=" + current + "&password=" + p + "&repeat=" + p;
  }

  static HttpResponse<String> get(HttpClient c, String url) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> basic(String base, String password) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "/api/issues"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A form POST with the CSRF token of the page it belongs to. */
  static HttpResponse<String> post(HttpClient c, String base, String path, String form)
      throws Exception {
    String page = get(c, base + path).body();
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("a _csrf field on " + path).isTrue();
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + m.group(1)))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
