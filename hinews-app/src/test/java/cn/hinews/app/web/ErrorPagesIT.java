package cn.hinews.app.web;

import static cn.hinews.app.web.WebFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error a user can provoke is a Chinese page in the app's layout (or a Chinese message beside
 * the field), with the request's id, and never an internal text: no SQL, no class name, no stack
 * trace, no Whitelabel or Tomcat page.
 */
class ErrorPagesIT {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = WebFixture.start(dir.resolve("home"), "");
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  /** Internal words that must never reach a user. */
  static void noInternals(String body) {
    assertThat(body)
        .doesNotContain("Exception", "SQL", "VARCHAR", "Whitelabel", "HTTP Status", "Tomcat")
        .doesNotContain("java.", "org.springframework", "at cn.hinews", "Cannot parse");
  }

  static void chineseErrorPage(HttpResponse<String> r, int status, String says) {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.body()).contains("class=\"bar\"", says, "请求编号");
    String id = r.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(r.body()).contains(id);
    noInternals(r.body());
  }

  @Test
  void aMissingIssueArticleOrPageIsAChinese404() throws Exception {
    HttpClient viewer = web.login("viewer");
    chineseErrorPage(web.get(viewer, "/issues/weekly/99999"), 404, "没有这一期");
    chineseErrorPage(web.get(viewer, "/articles/987654321"), 404, "没有这篇文章");
    chineseErrorPage(web.get(viewer, "/drafts/weekly/99999"), 404, "没有这一期");
    chineseErrorPage(web.get(viewer, "/no/such/page"), 404, "找不到页面");
    chineseErrorPage(web.get(viewer, "/issues/nosuchseries/1"), 404, "没有这个系列");
  }

  @Test
  void aViewerPressingAnEditorsButtonGetsAChinesePageNotJson() throws Exception {
    HttpClient viewer = web.login("viewer");
    HttpResponse<String> r =
        web.post(
            viewer,
            "/drafts",
            "series=weekly&date=2026-03-06&_csrf=" + web.csrf(viewer, "/drafts"));
    chineseErrorPage(r, 403, "没有权限");
    assertThat(r.body()).doesNotStartWith("{");
    // the API keeps answering scripts in JSON
    HttpResponse<String> api =
        web.post(viewer, "/api/issues/weekly/656/publish", "_csrf=" + web.csrf(viewer, "/drafts"));
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.body()).startsWith("{");
  }

  @Test
  void aReversedOrOverLongPeriodIsSaidBesideTheForm() throws Exception {
    HttpClient viewer = web.login("viewer");
    HttpResponse<String> reversed = web.get(viewer, "/stats?from=2026-03-10&to=2026-03-01");
    assertThat(reversed.statusCode()).isEqualTo(200);
    assertThat(reversed.body()).contains("field-error", "统计时段有误", "早于开始日期");
    noInternals(reversed.body());
    HttpResponse<String> years = web.get(viewer, "/stats?from=2020-01-01&to=2026-01-01");
    assertThat(years.body()).contains("超过一年");
    chineseErrorPage(web.get(viewer, "/stats?from=yesterday"), 400, "开始日期");
    chineseErrorPage(web.get(viewer, "/inbox?min=abc"), 400, "相关度下限");
  }

  @Test
  void searchErrorsAreChinese() throws Exception {
    HttpClient viewer = web.login("viewer");
    HttpResponse<String> not = web.get(viewer, "/search?q=NOT");
    assertThat(not.body()).contains("无法解析");
    noInternals(not.body());
    HttpResponse<String> longer = web.get(viewer, "/search?q=" + enc("医".repeat(300)));
    assertThat(longer.statusCode()).isEqualTo(200);
    assertThat(longer.body()).contains("检索词太长", "200 字以内");
    // past what any server reads: Tomcat answers, in our words
    HttpResponse<String> huge = web.get(viewer, "/search?q=" + "a".repeat(100_000));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("请求无法处理", "hinews");
    noInternals(huge.body());
  }

  @Test
  void theComposersFormsSayWhatIsMissingBesideTheField() throws Exception {
    HttpClient editor = web.login("editor");
    String token = web.csrf(editor, "/drafts");
    HttpResponse<String> noDate = web.post(editor, "/drafts", "series=weekly&date=&_csrf=" + token);
    assertThat(web.follow(editor, noDate).body()).contains("field-error", "请填写日期");
    HttpResponse<String> created =
        web.post(editor, "/drafts", "series=weekly&date=2026-03-06&_csrf=" + token);
    String composer = created.headers().firstValue("Location").orElseThrow();
    String path = java.net.URI.create(composer).getRawPath();
    HttpResponse<String> page = web.follow(editor, created);
    assertThat(page.body()).contains("已新建第");
    String n = path.substring(path.lastIndexOf('/') + 1);
    HttpResponse<String> noNumber =
        web.post(
            editor, path + "/schedule", "newNumber=&from=2026-02-28&to=2026-03-06&_csrf=" + token);
    String again = web.follow(editor, noNumber).body();
    assertThat(again).contains("field-error", "请填写期号");
    noInternals(again);
    HttpResponse<String> taken =
        web.post(
            editor,
            path + "/schedule",
            "newNumber=656&from=2026-02-28&to=2026-03-06&_csrf=" + token);
    assertThat(web.follow(editor, taken).body()).contains("第656期已经存在");
    // an item with a title of ten thousand characters: refused in Chinese, nothing stored
    long article = web.home.store().read(s -> s.articles().latest(1)).get(0).id();
    assertThat(
            web.follow(
                    editor,
                    web.post(editor, path + "/add", "article=" + article + "&_csrf=" + token))
                .body())
        .contains("已加入第" + n + "期");
    HttpResponse<String> huge =
        web.post(
            editor,
            path + "/items/0",
            "title="
                + enc("长".repeat(10_000))
                + "&outlet=&body=&article="
                + article
                + "&_csrf="
                + token);
    String said = web.follow(editor, huge).body();
    assertThat(said).contains("标题太长", "最多 300 字");
    noInternals(said);
    HttpResponse<String> empty =
        web.post(
            editor,
            path + "/items/0",
            "title=&outlet=&body=&article=" + article + "&_csrf=" + token);
    assertThat(web.follow(editor, empty).body()).contains("标题不能为空");
    assertThat(web.home.bulletins().view("weekly", Integer.parseInt(n)).orElseThrow().entries())
        .singleElement()
        .satisfies(e -> assertThat(e.title()).doesNotStartWith("长长"));
  }
}
