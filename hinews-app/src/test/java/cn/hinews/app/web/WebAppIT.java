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
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The web app on a real port on loopback, over a home with the demo issues. */
class WebAppIT {
  @TempDir static Path dir;
  static HinewsHome home;
  static ConfigurableApplicationContext context;
  static int port;
  static final String PASSWORD = "geheim-2026";
  HttpClient http;

  @BeforeAll
  static void start() throws Exception {
    home = HinewsHome.open(dir.resolve("home"), Clock.systemUTC());
    DemoData.importInto(home, Map.of(), new PrintWriter(new StringWriter()));
    Users users = new Users(home.store(), home.clock());
    users.add("viewer", PASSWORD, AppUser.Role.VIEWER, "test");
    users.add("editor", PASSWORD, AppUser.Role.EDITOR, "test");
    users.add("admin", PASSWORD, AppUser.Role.ADMIN, "test");
    users.add("victim", PASSWORD, AppUser.Role.VIEWER, "test");
    home.store()
        .inTransaction(
            s ->
                s.articles()
                    .insert(
                        new cn.hinews.core.domain.Article(
                            "javascript:alert(1)",
                            "恶意标题<img src=x onerror=alert(1)>",
                            "测试网",
                            "",
                            java.util.List.of(),
                            java.util.List.of(),
                            java.util.Optional.empty(),
                            java.util.List.of(
                                new cn.hinews.core.domain.Block(
                                    cn.hinews.core.domain.BlockKind.PARAGRAPH,
                                    "恶意正文<script>alert('x')</script><a href=\"javascript:alert(2)\">点我</a>")),
                            java.util.Optional.empty())));
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

  @BeforeEach
  void viewer() throws Exception {
    http = login("viewer", PASSWORD);
  }

  static HttpClient anonymous() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  static String base() {
    return "http://127.0.0.1:" + port;
  }

  /** The CSRF token of the form on {@code path}. */
  static String csrf(HttpClient client, String path) throws Exception {
    String page =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
            .body();
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("a _csrf field on " + path).isTrue();
    return m.group(1);
  }

  static HttpResponse<String> postForm(HttpClient client, String path, String form)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A client logged in through the form, as a browser would. */
  static HttpClient login(String user, String password) throws Exception {
    HttpClient client = anonymous();
    HttpResponse<String> r =
        postForm(
            client,
            "/login",
            "username=" + user + "&password=" + password + "&_csrf=" + csrf(client, "/login"));
    assertThat(r.statusCode()).as("login of " + user).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return client;
  }

  HttpResponse<String> get(String path) throws Exception {
    return get(http, path);
  }

  static HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void searchFindsHighlightsAndRendersPayloadsInert() throws Exception {
    HttpResponse<String> r =
        get("/search?q=" + java.net.URLEncoder.encode("数智医疗", StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("检索", "<mark>数智医疗</mark>", "厦门三大");
    HttpResponse<String> bad =
        get("/search?q=" + java.net.URLEncoder.encode("恶意", StandardCharsets.UTF_8));
    assertThat(bad.body())
        .contains("&lt;script&gt;")
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .doesNotContain("href=\"javascript:");
    HttpResponse<String> api =
        get("/api/search?q=" + java.net.URLEncoder.encode("数智医疗", StandardCharsets.UTF_8));
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("\"total\"").contains("<mark>");
    HttpResponse<String> items = get("/search?type=item&series=monthly");
    assertThat(items.body()).contains("收录于北京市卫生信息化舆情监测月报").doesNotContain("收录于全国卫生信息化舆情监测周报");
    HttpResponse<String> broken = get("/api/search?q=AND");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("无法解析");
  }

  @Test
  void oneArticleShowsOneScoreOnEveryScreen() throws Exception {
    home.analysis().drain(1, (done, left) -> {});
    cn.hinews.core.analysis.candidates.Candidate first =
        home.candidates()
            .rank(
                "weekly",
                new cn.hinews.core.domain.Period(
                    java.time.LocalDate.of(2025, 11, 1), java.time.LocalDate.of(2026, 1, 31)),
                true)
            .candidates()
            .get(0);
    long id = first.article().id();
    double score = first.analysis().relevance().score();
    double stored = home.store().read(s -> s.judgements().find(id)).orElseThrow().relevance();
    assertThat(stored).isEqualTo(score);
    com.fasterxml.jackson.databind.JsonNode api =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(get("/api/articles/" + id).body());
    assertThat(api.at("/analysis/relevance/score").asDouble()).isEqualTo(score);
    assertThat(get("/articles/" + id).body())
        .contains(
            "<span class=\"relevance\">"
                + String.format(java.util.Locale.ROOT, "%.2f", score)
                + "</span>");
  }

  @Test
  void everyPageAnswersInChinese() throws Exception {
    // a user of its own: 统计 is rationed per user, and other tests ask for it too
    new Users(home.store(), home.clock()).add("reader", PASSWORD, AppUser.Role.VIEWER, "test");
    HttpClient reader = login("reader", PASSWORD);
    for (String[] page :
        new String[][] {
          {"/inbox", "候选"},
          {"/inbox?series=monthly", "没有打开的草稿"},
          {"/drafts", "简报"},
          {"/search", "检索"},
          {"/stats?from=2026-01-01&to=2026-01-31", "每日文章"},
          {"/sources", "信源"},
          {"/issues/weekly/656", "全国卫生信息化舆情监测周报"},
          {"/issues/weekly/656", "/issues/weekly/656.docx"},
          {"/issues/weekly/656", "/issues/weekly/656.pdf"}
        }) {
      HttpResponse<String> r = get(reader, page[0]);
      assertThat(r.statusCode()).as(page[0]).isEqualTo(200);
      assertThat(r.body()).as(page[0]).contains(page[1]).contains("候选", "检索", "简报", "统计", "信源");
    }
    assertThat(get(reader, "/stats?from=2026-01-01&to=2026-01-31").body())
        .contains("echarts.min.js");
    assertThat(get(reader, "/webjars/echarts/5.5.0/echarts.min.js").statusCode()).isEqualTo(200);
    HttpResponse<String> api = get(reader, "/api/stats?from=2026-01-01&to=2026-01-31");
    assertThat(api.body()).contains("\"perDayByTopic\"", "\"total\"");
    // without a period: the 30 days up to the latest judged article (the demo data is months old)
    home.analysis().drain(1, (done, left) -> {});
    com.fasterxml.jackson.databind.JsonNode latest =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(get(reader, "/api/stats").body());
    assertThat(latest.get("total").asInt()).isPositive();
    HttpResponse<String> docs = get(reader, "/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/issues", "/api/search", "/api/stats");
  }

  @Test
  void anArticlePageShowsOurBlocksWithThePayloadsInert() throws Exception {
    long id =
        home.store().read(s -> s.articles().findByUrl("javascript:alert(1)")).orElseThrow().id();
    HttpResponse<String> r = get("/articles/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("恶意正文&lt;script&gt;")
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .doesNotContain("href=\"javascript:");
    assertThat(get("/articles/999999").statusCode()).isEqualTo(404);
  }

  @Test
  void anArticlePageNamesItsReprints() throws Exception {
    String text =
        "国家卫生健康委近日印发通知，要求各地加快推进全民健康信息平台建设，实现电子病历、健康档案和检查检验结果互通共享，"
            + "到2027年底所有二级以上公立医院接入省级平台，并加强医疗数据安全和个人信息保护，建立数据分类分级和安全评估制度。";
    long[] ids = new long[2];
    for (int i = 0; i < 2; i++) {
      int n = i;
      ids[i] =
          home.store()
              .inTransaction(
                  s ->
                      s.articles()
                          .insert(
                              new cn.hinews.core.domain.Article(
                                  "https://www.example" + n + ".cn/2026/0210/a.html",
                                  n == 0 ? "全民健康信息平台建设提速" : "各地加快推进全民健康信息平台建设",
                                  n == 0 ? "人民网" : "新京报",
                                  "",
                                  java.util.List.of(),
                                  java.util.List.of(),
                                  java.util.Optional.of(
                                      new cn.hinews.core.domain.PublishTime(
                                          java.time.LocalDateTime.of(2026, 2, 10, 9 + n, 0),
                                          cn.hinews.core.domain.Precision.MINUTE,
                                          "")),
                                  java.util.List.of(
                                      new cn.hinews.core.domain.Block(
                                          cn.hinews.core.domain.BlockKind.PARAGRAPH, text),
                                      new cn.hinews.core.domain.Block(
                                          cn.hinews.core.domain.BlockKind.PARAGRAPH,
                                          n == 0 ? "（记者 张三）" : "来源：人民网")),
                                  java.util.Optional.empty())))
              .id();
    }
    // before its analysis the page says it waits; the stored judgement then names the reprint
    assertThat(get("/articles/" + ids[1]).body()).contains("等待分析");
    home.analysis().drain(1, (done, left) -> {});
    assertThat(get("/articles/" + ids[1]).body()).contains("同一文章的其他版本", "人民网：全民健康信息平台建设提速");
  }

  @Test
  void aCorrectionIsANewRevisionAndThePublishedOneStays() throws Exception {
    HttpClient editor = login("editor", PASSWORD);
    String before = get(editor, "/issues/monthly/552.md").body();
    HttpResponse<String> r =
        postForm(editor, "/drafts/monthly/552/correct", "_csrf=" + csrf(editor, "/login"));
    assertThat(r.statusCode()).isEqualTo(302);
    String composer = get(editor, "/drafts/monthly/552").body();
    assertThat(composer).contains("（草稿）");
    long firstArticle =
        home.bulletins().view("monthly", 552).orElseThrow().issue().items().get(0).articleId();
    int items = home.bulletins().view("monthly", 552).orElseThrow().entries().size();
    postForm(
        editor,
        "/drafts/monthly/552/items/0",
        "title="
            + java.net.URLEncoder.encode("更正后的标题", StandardCharsets.UTF_8)
            + "&article="
            + firstArticle
            + "&_csrf="
            + csrf(editor, "/login"));
    // while the correction is a draft, the archive, the exports and the API show the published one
    assertThat(get("/issues/monthly/552.md").body()).isEqualTo(before);
    assertThat(get("/api/issues/monthly/552").body()).contains("\"status\":\"published\"");
    assertThat(get(editor, "/drafts/monthly/552/preview").body()).contains("更正后的标题");
    // a page that is out of date does not remove another item
    postForm(
        editor,
        "/drafts/monthly/552/items/1/remove",
        "article=" + firstArticle + "&_csrf=" + csrf(editor, "/login"));
    assertThat(home.bulletins().view("monthly", 552).orElseThrow().entries()).hasSize(items);
    postForm(editor, "/drafts/monthly/552/publish", "_csrf=" + csrf(editor, "/login"));
    assertThat(get(editor, "/issues/monthly/552.md").body()).contains("更正后的标题");
    java.util.List<cn.hinews.core.store.IssueSummary> revisions =
        home.bulletins().list(java.util.Optional.of("monthly")).stream()
            .filter(i -> i.number() == 552)
            .toList();
    assertThat(revisions)
        .extracting(cn.hinews.core.store.IssueSummary::revision)
        .containsExactlyInAnyOrder(1, 2);
    assertThat(revisions)
        .allSatisfy(
            i -> assertThat(i.status()).isEqualTo(cn.hinews.core.domain.IssueStatus.PUBLISHED));
    assertThat(before).doesNotContain("更正后的标题");
  }

  @Test
  void anAutomaticDraftIsExplainedInTheInbox() throws Exception {
    cn.hinews.core.domain.Issue draft =
        home.bulletins()
            .newDraft(
                "monthly",
                java.time.LocalDate.of(2026, 2, 28),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.OptionalInt.empty());
    try {
      new Users(home.store(), home.clock())
          .audit(
              "hinews",
              cn.hinews.core.domain.AuditAction.AUTO_DRAFT,
              "monthly " + draft.number(),
              "第" + draft.number() + "期草稿：预选 0 篇（往期通常 5 篇）");
      HttpResponse<String> inbox = get("/inbox?series=monthly");
      assertThat(inbox.body()).contains("自动草稿", "第" + draft.number() + "期草稿：预选 0 篇");
    } finally {
      home.store()
          .inTransaction(
              s -> {
                s.issues().deleteDraft(draft.id().orElseThrow());
                return null;
              });
    }
  }

  @Test
  void theRemainingEndpointsAnswer() throws Exception {
    home.analysis().drain(1, (done, left) -> {});
    long id = home.store().read(s -> s.articles().latest(1)).get(0).id();
    HttpResponse<String> article = get("/api/articles/" + id);
    assertThat(article.statusCode()).isEqualTo(200);
    assertThat(article.body()).contains("\"analysis\"", "\"relevance\"");
    HttpResponse<String> missing = get("/api/articles/999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"message\"");
    assertThat(get("/api/articles/abc").statusCode()).isEqualTo(400);
    assertThat(get("/api/stats?from=2026-02-01&to=2026-01-01").body()).contains("\"message\"");
    assertThat(get("/api/admin/audit").statusCode()).isEqualTo(403);
    HttpClient admin = login("admin", PASSWORD);
    assertThat(get(admin, "/api/admin/audit").body()).contains("\"action\"");
    assertThat(get(admin, "/sources/new").body()).contains("新增信源");
    // a source on this machine: the live test runs and says the address is refused
    HttpResponse<String> saved =
        postForm(
            admin,
            "/sources",
            "id=local&yaml="
                + java.net.URLEncoder.encode(
                    "outlet: 本机网\nkind: media\nhosts: [127.0.0.1]\nentries: ['http://127.0.0.1:"
                        + port
                        + "/rss.xml']\n",
                    StandardCharsets.UTF_8)
                + "&_csrf="
                + csrf(admin, "/login"));
    assertThat(saved.statusCode()).isEqualTo(302);
    HttpResponse<String> test =
        postForm(admin, "/sources/local/test", "_csrf=" + csrf(admin, "/login"));
    assertThat(test.statusCode()).isEqualTo(200);
    assertThat(test.body()).contains("测试信源 本机网", "不能访问", "内网或保留地址");
    // users: role and password
    postForm(
        admin,
        "/admin/users",
        "username=tmp-user&role=viewer&password=tmp-user-1&_csrf=" + csrf(admin, "/login"));
    postForm(admin, "/admin/users/tmp-user/role", "role=editor&_csrf=" + csrf(admin, "/login"));
    postForm(
        admin,
        "/admin/users/tmp-user/password",
        "password=tmp-user-2&_csrf=" + csrf(admin, "/login"));
    HttpClient tmp = login("tmp-user", "tmp-user-2");
    // an editor marks a candidate irrelevant: a negative example for the relevance model
    HttpResponse<String> reject =
        postForm(
            tmp, "/inbox/reject", "series=weekly&article=" + id + "&_csrf=" + csrf(tmp, "/login"));
    assertThat(reject.statusCode()).isEqualTo(302);
    java.util.List<Long> rejected =
        home.store()
            .read(
                s ->
                    s.decisions()
                        .articlesDecided(
                            cn.hinews.core.store.DecisionRepository.Decision.REJECTED));
    assertThat(rejected).contains(id);
  }

  @Test
  void aRejectedCandidateLeavesAtOnceSaysSoAndComesBackOnUndo() throws Exception {
    home.analysis().drain(1, (done, left) -> {});
    cn.hinews.core.domain.Period period =
        new cn.hinews.core.domain.Period(
            java.time.LocalDate.of(2025, 11, 1), java.time.LocalDate.of(2026, 1, 31));
    long id = home.candidates().rank("monthly", period, true).candidates().get(0).article().id();
    HttpClient editor = login("editor", PASSWORD);
    HttpResponse<String> reject =
        postForm(
            editor,
            "/inbox/reject",
            "series=monthly&article=" + id + "&_csrf=" + csrf(editor, "/login"));
    assertThat(reject.statusCode()).isEqualTo(302);
    assertThat(home.candidates().rank("monthly", period, true).candidates())
        .extracting(c -> c.article().id())
        .doesNotContain(id);
    HttpResponse<String> inbox = get(editor, "/inbox?series=monthly");
    assertThat(inbox.body()).contains("标记为不相关", "撤销", "已标记为不相关（");
    HttpResponse<String> undo =
        postForm(
            editor,
            "/inbox/unreject",
            "series=monthly&article=" + id + "&_csrf=" + csrf(editor, "/login"));
    assertThat(undo.statusCode()).isEqualTo(302);
    assertThat(get(editor, "/inbox?series=monthly").body()).contains("已撤销");
    assertThat(home.candidates().rank("monthly", period, true).candidates())
        .extracting(c -> c.article().id())
        .contains(id);
  }

  @Test
  void onlyAdminsChangeSources() throws Exception {
    String token = csrf(http, "/login");
    assertThat(postForm(http, "/sources/people/enabled", "on=false&_csrf=" + token).statusCode())
        .isEqualTo(403);
    assertThat(get("/sources/people/edit").statusCode()).isEqualTo(403);
    HttpClient admin = login("admin", PASSWORD);
    HttpResponse<String> off =
        postForm(admin, "/sources/people/enabled", "on=false&_csrf=" + csrf(admin, "/login"));
    assertThat(off.statusCode()).isEqualTo(302);
    assertThat(home.sources().byId("people").orElseThrow().crawl().enabled()).isFalse();
    HttpResponse<String> bad =
        postForm(
            admin,
            "/sources",
            "id=bad&yaml="
                + java.net.URLEncoder.encode(
                    "outlet: 坏\nkind: media\nhosts: [b.cn]\nfetch: x\n", StandardCharsets.UTF_8)
                + "&_csrf="
                + csrf(admin, "/login"));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("unknown key &#39;sources.bad.fetch&#39;");
    postForm(admin, "/sources/people/enabled", "on=true&_csrf=" + csrf(admin, "/login"));
    assertThat(home.sources().byId("people").orElseThrow().crawl().enabled()).isTrue();
    assertThat(get(admin, "/admin/audit").body()).contains("停用信源", "启用信源");
    HttpResponse<String> added =
        postForm(
            admin,
            "/admin/users",
            "username=newbie&role=editor&password=newbie-2026&_csrf=" + csrf(admin, "/login"));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(get(admin, "/admin/users").body()).contains("newbie");
    HttpClient newbie = login("newbie", "newbie-2026");
    assertThat(get(newbie, "/drafts").statusCode()).isEqualTo(200);
    assertThat(get("/admin/users").statusCode()).isEqualTo(403);
    // disabled by an admin: the open session ends at its next request
    postForm(admin, "/admin/users/newbie/enabled", "on=false&_csrf=" + csrf(admin, "/login"));
    HttpResponse<String> after = get(newbie, "/drafts");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
    assertThat(get("/api/sources").body()).contains("\"people\"", "\"人民网\"");
    assertThat(get("/api/articles").statusCode()).isEqualTo(200);
  }

  @Test
  void withoutLoginPagesGoToTheLoginAndTheApiSays401() throws Exception {
    HttpClient nobody = anonymous();
    HttpResponse<String> page = get(nobody, "/issues/weekly/656");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    HttpResponse<String> api = get(nobody, "/api/issues");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.body()).contains("\"message\"");
    HttpResponse<String> login = get(nobody, "/login");
    assertThat(login.body())
        .contains("登录", "name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    HttpClient nobody = anonymous();
    get(nobody, "/login");
    HttpResponse<String> r = postForm(nobody, "/login", "username=viewer&password=" + PASSWORD);
    assertThat(r.statusCode()).isEqualTo(403);
    HttpClient editor = login("editor", PASSWORD);
    HttpResponse<String> publish = postForm(editor, "/api/issues/weekly/656/publish", "");
    assertThat(publish.statusCode()).isEqualTo(403);
  }

  @Test
  void aViewerMayNotPublishAndAPublishedIssueCannotBeChanged() throws Exception {
    String token = csrf(http, "/login");
    HttpResponse<String> viewer =
        postForm(http, "/api/issues/weekly/656/publish", "_csrf=" + token);
    assertThat(viewer.statusCode()).isEqualTo(403);
    assertThat(viewer.body()).contains("\"message\"");
    HttpClient editor = login("editor", PASSWORD);
    HttpResponse<String> again =
        postForm(editor, "/api/issues/weekly/656/publish", "_csrf=" + csrf(editor, "/login"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("已发布的期次不再改动");
    HttpClient basic = HttpClient.newHttpClient();
    HttpResponse<String> scripted =
        basic.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/issues/weekly/656/publish"))
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                ("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(scripted.statusCode()).isEqualTo(409);
  }

  @Test
  void failedLoginsLockNobodyAndTheAuditLogShowsThem() throws Exception {
    // below the throttle's free failures (LoginThrottleIT has the attacks): the address stays
    // usable
    for (int i = 0; i < 3; i++) {
      HttpClient c = anonymous();
      HttpResponse<String> r =
          postForm(
              c, "/login", "username=victim&password=wrong-" + i + "&_csrf=" + csrf(c, "/login"));
      assertThat(r.headers().firstValue("Location").orElse("")).contains("error");
    }
    HttpClient c = anonymous();
    HttpResponse<String> right =
        postForm(
            c, "/login", "username=victim&password=" + PASSWORD + "&_csrf=" + csrf(c, "/login"));
    assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("error");
    assertThat(get("/admin/audit").statusCode()).isEqualTo(403);
    HttpClient admin = login("admin", PASSWORD);
    HttpResponse<String> audit = get(admin, "/admin/audit");
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(audit.body()).contains("操作日志", "登录失败", "victim");
  }

  @Test
  void theArchivePageListsTheIssuesInChinese() throws Exception {
    HttpResponse<String> r = get("/archive");
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
              HttpRequest.newBuilder(URI.create(base() + "/issues/monthly/554." + format)).build(),
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
