package cn.hinews.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.domain.AppUser;
import cn.hinews.core.home.HinewsHome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 预警 on a real port: the page in Chinese with the shipped rules, an editor's rule added and tried,
 * a bad query refused with its position (page and API), an editor kept off another's rule. Uses
 * {@link WebAppIT}'s helpers over its own app.
 */
class AlertsPageIT {
  @TempDir static Path dir;
  static HinewsHome home;
  static ConfigurableApplicationContext context;

  @BeforeAll
  static void start() throws Exception {
    home = HinewsHome.open(dir.resolve("home"), Clock.systemUTC());
    Users users = new Users(home.store(), home.clock());
    users.add("viewer", WebAppIT.PASSWORD, AppUser.Role.VIEWER, "test");
    users.add("editor", WebAppIT.PASSWORD, AppUser.Role.EDITOR, "test");
    users.add("editor2", WebAppIT.PASSWORD, AppUser.Role.EDITOR, "test");
    users.add("admin", WebAppIT.PASSWORD, AppUser.Role.ADMIN, "test");
    try (ServerSocket s = new ServerSocket(0)) {
      WebAppIT.port = s.getLocalPort();
    }
    context = WebApp.start(home, "127.0.0.1", WebAppIT.port);
  }

  @AfterAll
  static void stop() {
    context.close();
    home.close();
  }

  private static String form(String... pairs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  @Test
  void rulesAreAddedTriedAndRefusedInChinese() throws Exception {
    HttpClient viewer = WebAppIT.login("viewer", WebAppIT.PASSWORD);
    HttpResponse<String> page = WebAppIT.get(viewer, "/alerts");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("预警", "负面卫生信息化事件", "政府网站高相关信息", "未设渠道", "name=\"viewport\"")
        .contains("候选", "检索", "简报", "统计", "信源")
        .doesNotContain("新建规则");

    HttpClient editor = WebAppIT.login("editor", WebAppIT.PASSWORD);
    String token = WebAppIT.csrf(editor, "/alerts");
    HttpResponse<String> bad =
        WebAppIT.postForm(
            editor, "/alerts/rules", form("name", "坏规则", "query", "宕机 或", "_csrf", token));
    assertThat(bad.statusCode()).isEqualTo(302);
    assertThat(WebAppIT.get(editor, "/alerts").body()).contains("第 4 个字");

    HttpResponse<String> ok =
        WebAppIT.postForm(
            editor,
            "/alerts/rules",
            form(
                "name",
                "系统宕机",
                "query",
                "宕机 或 系统故障",
                "emails",
                "duty@example.cn",
                "quiet",
                "22:00-07:00",
                "_csrf",
                token));
    assertThat(ok.statusCode()).isEqualTo(302);
    String after = WebAppIT.get(editor, "/alerts").body();
    assertThat(after).contains("已添加规则 系统宕机");
    assertThat(
            WebAppIT.get(
                    editor, "/alerts?test=" + URLEncoder.encode("系统宕机", StandardCharsets.UTF_8))
                .body())
        .contains("试运行", "过去 7 天没有会命中的报道");

    JsonNode rules = new ObjectMapper().readTree(WebAppIT.get(viewer, "/api/alerts/rules").body());
    assertThat(rules.findValuesAsText("name")).contains("系统宕机", "热点突增");
    HttpResponse<String> apiBad =
        editor.send(
            HttpRequest.newBuilder(URI.create(WebAppIT.base() + "/api/alerts/rules"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"坏\",\"query\":\"与 宕机\"}", StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(apiBad.statusCode()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(apiBad.body()).get("position").asInt()).isZero();

    HttpClient other = WebAppIT.login("editor2", WebAppIT.PASSWORD);
    HttpResponse<String> foreign =
        WebAppIT.postForm(
            other,
            "/alerts/rules/" + URLEncoder.encode("系统宕机", StandardCharsets.UTF_8) + "/remove",
            form("_csrf", WebAppIT.csrf(other, "/alerts")));
    assertThat(foreign.statusCode()).isEqualTo(403);
    HttpResponse<String> own =
        WebAppIT.postForm(
            editor,
            "/alerts/rules/" + URLEncoder.encode("系统宕机", StandardCharsets.UTF_8) + "/remove",
            form("_csrf", token));
    assertThat(own.statusCode()).isEqualTo(302);
    assertThat(WebAppIT.get(editor, "/alerts").body()).contains("已删除规则 系统宕机");
  }

  @Test
  void subscribersAreKeptThroughTheApiByAdminsOnly() throws Exception {
    HttpClient admin = WebAppIT.login("admin", WebAppIT.PASSWORD);
    String token = WebAppIT.csrf(admin, "/alerts");
    HttpResponse<String> added =
        WebAppIT.postForm(
            admin,
            "/api/admin/subscribers/weekly",
            form("email", "chief@example.cn", "group", "领导", "_csrf", token));
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(WebAppIT.get(admin, "/api/admin/subscribers/weekly").body())
        .contains("chief@example.cn", "领导");
    HttpResponse<String> bad =
        WebAppIT.postForm(
            admin,
            "/api/admin/subscribers/weekly",
            form("email", "not-an-address", "_csrf", token));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("不是有效的邮箱地址");
    assertThat(WebAppIT.get(admin, "/api/admin/subscribers/nosuch").statusCode()).isEqualTo(404);
    HttpClient editor = WebAppIT.login("editor", WebAppIT.PASSWORD);
    assertThat(WebAppIT.get(editor, "/api/admin/subscribers/weekly").statusCode()).isEqualTo(403);
    HttpResponse<String> removed =
        admin.send(
            HttpRequest.newBuilder(
                    URI.create(
                        WebAppIT.base() + "/api/admin/subscribers/weekly?email=chief@example.cn"))
                .header("X-CSRF-TOKEN", token)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(WebAppIT.get(admin, "/api/admin/subscribers/weekly").body()).isEqualTo("[]");
  }

  @Test
  void aRuleIsEditedByItsOwnerKeepingItsChannels() throws Exception {
    HttpClient editor = WebAppIT.login("editor", WebAppIT.PASSWORD);
    String token = WebAppIT.csrf(editor, "/alerts");
    String path = "/alerts/rules/" + URLEncoder.encode("勒索攻击", StandardCharsets.UTF_8);
    WebAppIT.postForm(
        editor,
        "/alerts/rules",
        form("name", "勒索攻击", "query", "勒索", "emails", "sec@example.cn", "_csrf", token));
    HttpResponse<String> formPage = WebAppIT.get(editor, path + "/edit");
    assertThat(formPage.statusCode()).isEqualTo(200);
    assertThat(formPage.body()).contains("修改规则 勒索攻击", "value=\"勒索\"", "现有渠道 1 个");
    HttpClient other = WebAppIT.login("editor2", WebAppIT.PASSWORD);
    assertThat(WebAppIT.get(other, path + "/edit").statusCode()).isEqualTo(403);
    HttpResponse<String> bad =
        WebAppIT.postForm(
            editor, path + "/edit", form("name", "勒索攻击", "query", "勒索 或", "_csrf", token));
    assertThat(bad.headers().firstValue("Location").orElse("")).contains("/edit");
    assertThat(WebAppIT.get(editor, path + "/edit").body()).contains("第 4 个字");
    HttpResponse<String> saved =
        WebAppIT.postForm(
            editor,
            path + "/edit",
            form("name", "勒索攻击", "query", "勒索 或 数据泄露", "rate", "5", "_csrf", token));
    assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/alerts");
    var rule = home.alerts().rules().find("勒索攻击").orElseThrow();
    assertThat(rule.query()).isEqualTo("勒索 或 数据泄露");
    assertThat(rule.ratePerHour()).isEqualTo(5);
    assertThat(rule.channels())
        .singleElement()
        .satisfies(c -> assertThat(c.address()).isEqualTo("sec@example.cn"));
    assertThat(rule.owner()).isEqualTo("editor");
  }
}
