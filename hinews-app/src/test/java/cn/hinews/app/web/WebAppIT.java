package cn.hinews.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.demo.DemoData;
import cn.hinews.core.home.HinewsHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The web app on a real port on loopback, over a home with the demo issues. */
class WebAppIT {
  @TempDir static Path dir;
  static HinewsHome home;
  static ConfigurableApplicationContext context;
  static int port;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    home = HinewsHome.open(dir.resolve("home"), Clock.systemUTC());
    DemoData.importInto(home, Map.of(), new PrintWriter(new StringWriter()));
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    context = WebApp.start(home, "127.0.0.1", port);
  }

  @AfterAll
  static void stop() {
    context.close();
    home.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void theArchivePageListsTheIssuesInChinese() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("简报档案", "第656期", "第552期", "第554期", "已发布");
  }

  @Test
  void anIssuePageShowsTheHouseFormat() throws Exception {
    HttpResponse<String> r = get("/issues/weekly/656");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("全国卫生信息化舆情监测周报", "（第六五六期）", "一、信息目录", "二、具体内容")
        .contains("厦门三大数智医疗平台正式启用")
        .contains("https://xm.cnr.cn/jkgy/20260108/t20260108_527486573.shtml");
    HttpResponse<String> md = get("/issues/weekly/656.md");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.body()).contains("# 全国卫生信息化舆情监测周报");
    assertThat(get("/issues/weekly/1").statusCode()).isEqualTo(404);
    assertThat(get("/issues/weekly/656.odt").statusCode()).isEqualTo(404);
  }

  @Test
  void exportsEveryFormat() throws Exception {
    for (String format : new String[] {"docx", "pdf", "html"}) {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + port + "/issues/monthly/554." + format))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(format).isEqualTo(200);
      assertThat(r.body().length).as(format).isGreaterThan(1000);
      assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("monthly-554." + format);
    }
  }

  @Test
  void theApiListsIssuesAndAnswersErrorsInJson() throws Exception {
    HttpResponse<String> r = get("/api/issues?series=monthly");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"number\":554")
        .contains("\"number\":552")
        .doesNotContain("656");
    HttpResponse<String> one = get("/api/issues/monthly/554");
    assertThat(one.body()).contains("全国儿童医疗健康宣传平台上线").contains("\"issueDate\":\"2026-01-31\"");
    HttpResponse<String> missing = get("/api/issues/monthly/1");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"message\"");
    HttpResponse<String> badSeries = get("/api/issues?series=daily");
    assertThat(badSeries.statusCode()).isEqualTo(404);
    assertThat(badSeries.body()).contains("unknown series").doesNotContain("Exception");
  }
}
