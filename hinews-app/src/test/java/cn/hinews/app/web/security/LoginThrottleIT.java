package cn.hinews.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.web.WebApp;
import cn.hinews.core.domain.AppUser;
import cn.hinews.core.home.HinewsHome;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The lock-out attacks of issue 18 against the web app on loopback: nobody locks a user out. The
 * app runs behind a (simulated) reverse proxy on loopback, so {@code X-Forwarded-For} names the
 * client; one test runs a second app without that setting, where the header counts for nothing.
 */
class LoginThrottleIT {
  @TempDir static Path dir;
  static HinewsHome home;
  static ConfigurableApplicationContext proxied;
  static ConfigurableApplicationContext direct;
  static int proxiedPort;
  static int directPort;
  static final String PASSWORD = "richtig-2026";

  @BeforeAll
  static void start() throws Exception {
    home = HinewsHome.open(dir.resolve("home"), Clock.systemUTC());
    Users users = new Users(home.store(), home.clock());
    users.add("admin", PASSWORD, AppUser.Role.ADMIN, "test");
    for (String name :
        List.of("form1", "form2", "basic1", "par1", "par2", "reset", "lockd", "xff")) {
      users.add(name, PASSWORD, AppUser.Role.VIEWER, "test");
    }
    proxiedPort = freePort();
    proxied = WebApp.start(home, "127.0.0.1", proxiedPort, Map.of("HINEWS_BEHIND_PROXY", "1"));
    directPort = freePort();
    direct = WebApp.start(home, "127.0.0.1", directPort, Map.of());
  }

  @AfterAll
  static void stop() {
    direct.close();
    proxied.close();
    home.close();
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  static HttpResponse<String> basic(int port, String from, String user, String password)
      throws Exception {
    return client().send(basicRequest(port, from, user, password), utf8());
  }

  static HttpRequest basicRequest(int port, String from, String user, String password) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/issues"))
        .header("X-Forwarded-For", from)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  static HttpResponse.BodyHandler<String> utf8() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  /** A form login from {@code from}: where it sends the browser. */
  static String form(String from, String user, String password) throws Exception {
    HttpClient c = client();
    URI login = URI.create("http://127.0.0.1:" + proxiedPort + "/login");
    String page =
        c.send(HttpRequest.newBuilder(login).header("X-Forwarded-For", from).build(), utf8())
            .body();
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).isTrue();
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(login)
                .header("X-Forwarded-For", from)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + password + "&_csrf=" + m.group(1)))
                .build(),
            utf8());
    assertThat(r.statusCode()).isEqualTo(302);
    return r.headers().firstValue("Location").orElseThrow();
  }

  static void waitOut(HttpResponse<String> throttled) throws InterruptedException {
    long seconds = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    assertThat(seconds).isBetween(1L, 4L);
    Thread.sleep(seconds * 1000 + 100);
  }

  @Test
  void sixWrongBasicPasswordsFromOneAddressDoNotLockTheAdminOutElsewhere() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(basic(proxiedPort, "198.51.100.1", "admin", "wrong").statusCode()).isIn(401, 429);
    }
    assertThat(basic(proxiedPort, "198.51.100.2", "admin", PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void fromTheAttackersOwnAddressTheRightPasswordWorksAfterTheShortWait() throws Exception {
    for (int i = 0; i < 6; i++) {
      basic(proxiedPort, "198.51.100.3", "basic1", "wrong");
    }
    HttpResponse<String> throttled = basic(proxiedPort, "198.51.100.3", "basic1", PASSWORD);
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.body()).contains("秒后再试");
    waitOut(throttled);
    assertThat(basic(proxiedPort, "198.51.100.3", "basic1", PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void sixWrongFormLoginsDoNotLockTheUserOutElsewhere() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(form("198.51.100.4", "form1", "wrong")).containsAnyOf("error", "wait=");
    }
    assertThat(form("198.51.100.5", "form1", PASSWORD)).doesNotContain("error", "wait", "locked");
  }

  @Test
  void fromTheSameAddressTheFormLoginWorksAfterTheShortWait() throws Exception {
    for (int i = 0; i < 6; i++) {
      form("198.51.100.6", "form2", "wrong");
    }
    String throttled = form("198.51.100.6", "form2", PASSWORD);
    assertThat(throttled).contains("/login?wait=");
    long seconds = Long.parseLong(throttled.substring(throttled.indexOf("wait=") + 5));
    assertThat(seconds).isBetween(1L, 4L);
    Thread.sleep(seconds * 1000 + 100);
    assertThat(form("198.51.100.6", "form2", PASSWORD)).doesNotContain("error", "wait", "locked");
  }

  @Test
  void fiftyParallelBasicGuessesGetFivePasswordChecks() throws Exception {
    HttpClient c = client();
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      all.add(c.sendAsync(basicRequest(proxiedPort, "198.51.100.7", "par1", "wrong-" + i), utf8()));
    }
    long checked = 0;
    for (CompletableFuture<HttpResponse<String>> f : all) {
      int status = f.get().statusCode();
      assertThat(status).isIn(401, 429);
      checked += status == 401 ? 1 : 0;
    }
    assertThat(checked).isBetween(1L, 5L);
    assertThat(basic(proxiedPort, "198.51.100.8", "par1", PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void fiftyParallelFormGuessesGetFivePasswordChecks() throws Exception {
    List<CompletableFuture<String>> all = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      all.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return form("198.51.100.9", "par2", "wrong-" + n);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    long checked = 0;
    for (CompletableFuture<String> f : all) {
      checked += f.get().contains("error") ? 1 : 0;
    }
    assertThat(checked).isBetween(1L, 5L);
    assertThat(form("198.51.100.10", "par2", PASSWORD)).doesNotContain("error", "wait", "locked");
  }

  @Test
  void aBasicSuccessForgetsTheFailures() throws Exception {
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 4; i++) {
        assertThat(basic(proxiedPort, "198.51.100.11", "reset", "wrong").statusCode())
            .isEqualTo(401);
      }
      assertThat(basic(proxiedPort, "198.51.100.11", "reset", PASSWORD).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void anAdminUnlocksALockedUserWithoutChangingThePassword() throws Exception {
    Users users = new Users(home.store(), home.clock());
    users.lockOut("lockd", Instant.now().plusSeconds(900));
    HttpResponse<String> locked = basic(proxiedPort, "198.51.100.12", "lockd", PASSWORD);
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.body()).contains("自动解除");
    assertThat(form("198.51.100.13", "admin", PASSWORD)).doesNotContain("error");
    HttpClient admin = client();
    URI login = URI.create("http://127.0.0.1:" + proxiedPort + "/login");
    String page = admin.send(HttpRequest.newBuilder(login).build(), utf8()).body();
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).isTrue();
    admin.send(
        HttpRequest.newBuilder(login)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username=admin&password=" + PASSWORD + "&_csrf=" + m.group(1)))
            .build(),
        utf8());
    URI usersPage = URI.create("http://127.0.0.1:" + proxiedPort + "/admin/users");
    String list = admin.send(HttpRequest.newBuilder(usersPage).build(), utf8()).body();
    assertThat(list).contains("解锁");
    m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(list);
    assertThat(m.find()).isTrue();
    HttpResponse<String> unlock =
        admin.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + proxiedPort + "/admin/users/lockd/unlock"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + m.group(1)))
                .build(),
            utf8());
    assertThat(unlock.statusCode()).isEqualTo(302);
    assertThat(basic(proxiedPort, "198.51.100.12", "lockd", PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void withoutTheProxySettingForwardedForIsIgnored() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(basic(directPort, "192.0.2." + i, "xff", "wrong").statusCode()).isEqualTo(401);
    }
    // the sixth from yet another claimed address is still the same client: throttled
    assertThat(basic(directPort, "192.0.2.99", "xff", "wrong").statusCode()).isEqualTo(429);
  }
}
