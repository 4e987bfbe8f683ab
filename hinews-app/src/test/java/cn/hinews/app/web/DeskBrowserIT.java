package cn.hinews.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's desk in a real headless Chromium, as an editor, a viewer and a phone would use it:
 * toasts after each action, a rejection undone, reordering by keyboard and by drag and drop without
 * a reload, an article added by URL from a loopback site and by pasting, 加入草稿 from an article page,
 * a draft deleted, an issue published, exported as Word and PDF from its page and corrected; no
 * editor button for a viewer; every page at 1366 px and at 390 px without horizontal scrolling.
 * Screenshots go to {@code target/screenshots/desk-*.png} and {@code phone-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserIT {
  @TempDir static Path dir;
  static WebFixture web;
  static HttpServer site;
  static WebDriver browser;
  static final Path SHOTS = Path.of("target", "screenshots");
  static final String[][] ARTICLES = WorkbenchBrowserIT.ARTICLES;
  static int number;

  @BeforeAll
  static void start() throws Exception {
    web = WebFixture.start(dir.resolve("home"), "crawl:\n  allow-private-addresses: true\n");
    web.home
        .store()
        .inTransaction(
            s -> {
              for (int i = 0; i < ARTICLES.length; i++) {
                s.articles()
                    .insert(
                        new Article(
                            "https://www.example-health.cn/desk/2026/0303/" + i + ".html",
                            ARTICLES[i][0],
                            "人民网",
                            "",
                            List.of(),
                            List.of(),
                            Optional.of(
                                new PublishTime(
                                    LocalDateTime.of(2026, 3, 2 + i, 10, 0), Precision.MINUTE, "")),
                            List.of(
                                new Block(BlockKind.PARAGRAPH, ARTICLES[i][1]),
                                new Block(BlockKind.PARAGRAPH, ARTICLES[i][1])),
                            Optional.empty()));
              }
              return null;
            });
    web.home.analysis().start(1);
    web.home.analysis().drain(1, (done, left) -> {});
    byte[] page = DeskBrowserIT.class.getResourceAsStream("/desk/article.html").readAllBytes();
    site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext(
        "/",
        exchange -> {
          boolean found =
              exchange.getRequestURI().getPath().equals("/news/2026/0305/yingxiang.html");
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
          byte[] body = found ? page : "<html><body>没有这个页面</body></html>".getBytes("UTF-8");
          exchange.sendResponseHeaders(found ? 200 : 404, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    site.start();
    browser = Browsers.chromium(1366, 768);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.stop(0);
    }
    if (web != null) {
      web.close();
    }
  }

  static void open(String path) {
    browser.get(web.base() + path);
  }

  static void shot(String name) throws Exception {
    Files.write(
        SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  static <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
  }

  /** Waits for a toast that says {@code words} (the action's confirmation). */
  @SuppressWarnings("unchecked")
  static String toast(String words) {
    // read in one script: htmx may swap the page between finding a toast and reading it
    return until(
        b ->
            ((List<String>)
                    js(
                        "return Array.from(document.querySelectorAll('.toast'))"
                            + ".map((e) => e.textContent.trim())"))
                .stream().filter(t -> t.contains(words)).findFirst().orElse(null));
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  static void login(String user) {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys(WebFixture.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    until(b -> b.findElements(By.cssSelector("header.bar nav")).isEmpty() ? null : true);
  }

  /** The composer's item titles, read in one go (htmx may swap the list meanwhile). */
  @SuppressWarnings("unchecked")
  static List<String> titles() {
    return (List<String>)
        js(
            "return Array.from(document.querySelectorAll('ol.items .item-title'))"
                + ".map((e) => e.textContent.trim())");
  }

  @Test
  @Order(1)
  void anEditorComposesWithoutReloadsAndIsToldWhatEachActionDid() throws Exception {
    login("editor");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("首页");
    open("/drafts");
    js("document.querySelector('input[name=date]').value='2026-03-06'");
    browser.findElement(By.xpath("//button[text()='新建下一期']")).click();
    assertThat(toast("已新建第")).contains("期草稿");
    String composer = browser.getCurrentUrl();
    number = Integer.parseInt(composer.substring(composer.lastIndexOf('/') + 1));

    // 候选: three added, each confirmed, the page stays where it is
    open("/inbox?series=weekly");
    for (int i = 0; i < 3; i++) {
      String title = browser.findElements(By.cssSelector("a.cand-title")).get(0).getText();
      browser.findElements(By.cssSelector("button.add")).get(0).click();
      toast("已加入第" + number + "期（现共 " + (i + 1) + " 条）");
      until(
          b ->
              b.findElements(By.cssSelector("a.cand-title")).stream()
                      .noneMatch(a -> a.getText().equals(title))
                  ? true
                  : null);
    }
    // a rejection: gone from 候选 at once, said, and undone
    String rejected = browser.findElements(By.cssSelector("a.cand-title")).get(0).getText();
    browser.findElements(By.cssSelector("button.reject")).get(0).click();
    until(b -> b.findElement(By.cssSelector(".notice")).getText().contains("标记为不相关"));
    assertThat(browser.findElements(By.cssSelector("a.cand-title")))
        .noneMatch(a -> a.getText().equals(rejected));
    browser.findElement(By.cssSelector(".notice button.undo")).click();
    until(
        b ->
            b.findElements(By.cssSelector("a.cand-title")).stream()
                    .anyMatch(a -> a.getText().equals(rejected))
                ? true
                : null);
    shot("desk-inbox");

    // the composer: ↓ on the first item's handle moves it, without a reload, focus kept
    open("/drafts/weekly/" + number);
    List<String> before = titles();
    assertThat(before).hasSize(3);
    js("window.deskMarker = 'still here'");
    WebElement handle = browser.findElements(By.cssSelector("ol.items .handle")).get(0);
    handle.sendKeys(Keys.ARROW_DOWN);
    toast("已调整顺序");
    until(b -> titles().get(0).equals(before.get(1)) ? true : null);
    assertThat(titles()).containsExactly(before.get(1), before.get(0), before.get(2));
    assertThat((String) js("return window.deskMarker"))
        .as("no full reload")
        .isEqualTo("still here");
    // a drag of the last item onto the first (the events a mouse drag fires)
    js(
        "const items = document.querySelectorAll('ol.items > li');"
            + "const from = items[items.length - 1], to = items[0];"
            + "const dt = new DataTransfer();"
            + "from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: dt}));"
            + "const box = to.getBoundingClientRect();"
            + "to.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true,"
            + " dataTransfer: dt, clientY: box.top + 2}));"
            + "to.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true,"
            + " dataTransfer: dt}));"
            + "from.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: dt}));");
    until(b -> titles().get(0).equals(before.get(2)) ? true : null);
    assertThat(titles()).containsExactly(before.get(2), before.get(1), before.get(0));
    assertThat((String) js("return window.deskMarker")).isEqualTo("still here");
    assertThat(web.home.bulletins().view("weekly", number).orElseThrow().entries().get(0).title())
        .isEqualTo(before.get(2));
    shot("desk-composer");
  }

  @Test
  @Order(2)
  void anArticleFromElsewhereIsAddedByUrlOrPasted() throws Exception {
    open("/drafts/weekly/" + number);
    browser.findElement(By.linkText("按网址或手工添加")).click();
    until(b -> b.findElements(By.name("url")).isEmpty() ? null : true);
    String url =
        "http://127.0.0.1:" + site.getAddress().getPort() + "/news/2026/0305/yingxiang.html";
    browser.findElement(By.cssSelector("form.fetch-form input[name=url]")).sendKeys(url);
    browser.findElement(By.cssSelector("button.fetch")).click();
    until(b -> b.findElements(By.cssSelector(".notice")).isEmpty() ? null : true);
    assertThat(
            browser
                .findElement(By.cssSelector("form.paste-form input[name=title]"))
                .getAttribute("value"))
        .isEqualTo("北京上线区域影像云平台 全市医院检查结果互认");
    assertThat(browser.findElement(By.name("text")).getAttribute("value")).contains("影像云平台");
    shot("desk-external-preview");
    browser.findElement(By.cssSelector("button.save-external")).click();
    toast("已保存文章，已加入第" + number + "期");
    assertThat(titles()).contains("北京上线区域影像云平台 全市医院检查结果互认");

    // a page that cannot be fetched: said, and pasted instead
    browser.findElement(By.linkText("按网址或手工添加")).click();
    until(b -> b.findElements(By.cssSelector("form.fetch-form")).isEmpty() ? null : true);
    browser
        .findElement(By.cssSelector("form.fetch-form input[name=url]"))
        .sendKeys("http://127.0.0.1:" + site.getAddress().getPort() + "/mp/s/gone");
    browser.findElement(By.cssSelector("button.fetch")).click();
    String warning = until(b -> b.findElement(By.cssSelector("p.warning")).getText());
    assertThat(warning).contains("没有取到这篇文章", "页面不存在");
    browser
        .findElement(By.cssSelector("form.paste-form input[name=title]"))
        .sendKeys("公众号：互联网医院处方流转试点启动");
    browser.findElement(By.cssSelector("form.paste-form input[name=outlet]")).sendKeys("健康北京公众号");
    js("document.querySelector('form.paste-form input[name=date]').value='2026-03-05'");
    browser
        .findElement(By.cssSelector("form.paste-form textarea[name=text]"))
        .sendKeys("本市互联网医院电子处方流转试点今日启动。\n首批二十家医院接入处方流转平台。");
    shot("desk-external-paste");
    browser.findElement(By.cssSelector("button.save-external")).click();
    until(b -> b.getCurrentUrl().endsWith("/drafts/weekly/" + number) ? true : null);
    shot("desk-external-saved");
    toast("已加入第" + number + "期");
    assertThat(titles()).contains("公众号：互联网医院处方流转试点启动");

    // 加入草稿 from an article page: the one of the four that 候选 did not add
    java.util.Set<Long> inIssue = new java.util.HashSet<>();
    web.home
        .bulletins()
        .view("weekly", number)
        .orElseThrow()
        .issue()
        .items()
        .forEach(i -> inIssue.add(i.articleId()));
    long id =
        java.util.stream.IntStream.range(0, ARTICLES.length)
            .mapToObj(
                i ->
                    web.home
                        .store()
                        .read(
                            s ->
                                s.articles()
                                    .findByUrl(
                                        "https://www.example-health.cn/desk/2026/0303/"
                                            + i
                                            + ".html"))
                        .orElseThrow()
                        .id())
            .filter(a -> !inIssue.contains(a))
            .findFirst()
            .orElseThrow();
    open("/articles/" + id);
    new Select(browser.findElement(By.cssSelector("form.add-to-draft select[name=draft]")))
        .selectByValue("weekly:" + number);
    browser.findElement(By.cssSelector("form.add-to-draft button.add")).click();
    toast("已加入第" + number + "期");
    assertThat(web.home.bulletins().view("weekly", number).orElseThrow().entries()).hasSize(6);
    // the page now says where it is, and offers no second 加入
    assertThat(browser.getPageSource()).contains("已在全国卫生信息化舆情监测周报 第" + number + "期");
    assertThat(browser.findElements(By.cssSelector("form.add-to-draft"))).isEmpty();
  }

  @Test
  @Order(3)
  void aDraftIsDeletedAndAPublishedIssueExportedAndCorrected() throws Exception {
    // a second weekly draft of the same week: said; then deleted (audited)
    open("/drafts");
    js("document.querySelector('input[name=date]').value='2026-03-04'");
    browser.findElement(By.xpath("//button[text()='新建下一期']")).click();
    toast("请注意页面上方的提示");
    assertThat(browser.findElement(By.cssSelector(".warning")).getText())
        .contains("时段与第" + number + "期");
    browser.findElement(By.cssSelector("button.delete-draft")).click();
    browser.switchTo().alert().accept();
    toast("已删除第" + (number + 1) + "期的草稿");
    assertThat(browser.findElements(By.cssSelector("ul.drafts > li")))
        .singleElement()
        .satisfies(li -> assertThat(li.getText()).contains("第" + number + "期"));
    List<cn.hinews.core.domain.AuditEntry> log = web.home.store().read(s -> s.users().auditLog(10));
    assertThat(log).anySatisfy(e -> assertThat(e.action()).isEqualTo("DRAFT_DELETE"));

    // publish, then the issue's page offers Word and PDF, which download
    open("/drafts/weekly/" + number);
    browser.findElement(By.cssSelector("button.publish")).click();
    browser.switchTo().alert().accept();
    toast("已发布第" + number + "期");
    open("/issues/weekly/" + number);
    String docx = browser.findElement(By.linkText("Word")).getAttribute("href");
    String pdf = browser.findElement(By.linkText("PDF")).getAttribute("href");
    assertThat(download(docx)).startsWith("PK");
    assertThat(download(pdf)).startsWith("%PDF");

    // a correction: explained, confirmed, shown as revision 2, one row in 档案
    open("/drafts/weekly/" + number);
    browser.findElement(By.cssSelector("button.correct")).click();
    assertThat(browser.switchTo().alert().getText()).contains("第2版", "期号不变");
    browser.switchTo().alert().accept();
    toast("已开第2版更正稿");
    assertThat(browser.findElement(By.cssSelector("h1 .badge.revision")).getText()).contains("第2版");
    assertThat(browser.findElement(By.cssSelector(".correction-note")).getText()).contains("更正稿");
    open("/archive?series=weekly");
    List<WebElement> rows = browser.findElements(By.xpath("//tr[td/a[text()='第" + number + "期']]"));
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.getText()).contains("更正中"));
  }

  /** The first bytes of a file the browser's session downloads. */
  static String download(String url) throws Exception {
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    return new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  @Test
  @Order(4)
  void aViewerSeesNoEditorsButton() throws Exception {
    login("viewer");
    for (String path :
        List.of(
            "/",
            "/inbox?series=weekly",
            "/drafts",
            "/drafts/weekly/" + number,
            "/articles/1",
            "/search?q=" + WebFixture.enc("智慧医院"),
            "/archive")) {
      open(path);
      assertThat(
              browser.findElements(
                  By.cssSelector(
                      "button.add, button.reject, button.publish, button.correct, button.delete-draft,"
                          + " .handle, form.schedule, form.add-to-draft")))
          .as("editor's buttons on " + path + " for a viewer")
          .isEmpty();
      assertThat(browser.findElements(By.xpath("//button[text()='新建下一期']"))).isEmpty();
    }
    shot("desk-viewer-drafts");
  }

  static final List<String> PAGES =
      List.of(
          "/",
          "/inbox?series=weekly",
          "/search?q=" + WebFixture.enc("医院"),
          "/drafts",
          "/issues/weekly/656",
          "/archive",
          "/stats",
          "/sources",
          "/articles/1",
          "/admin/users",
          "/admin/audit",
          "/account/password",
          "/issues/import",
          "/alerts",
          "/no/such/page");

  @Test
  @Order(5)
  void everyPageFitsAPhoneAndADesktop() throws Exception {
    login("admin");
    List<String> pages = new java.util.ArrayList<>(PAGES);
    pages.add("/drafts/weekly/" + number);
    pages.add("/drafts/weekly/" + number + "/external");
    for (String path : pages) {
      String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      name = name.isEmpty() ? "home" : name;
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
      open(path);
      shot("desk-" + name);
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      open(path);
      Thread.sleep(200); // the charts of 统计 size themselves after the load
      shot("phone-" + name);
      long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
      long view = ((Number) js("return window.innerWidth")).longValue();
      assertThat(width)
          .as("no horizontal scrolling of " + path + " on a phone")
          .isLessThanOrEqualTo(view);
      assertThat(browser.findElement(By.cssSelector("header.bar")).getRect().getWidth())
          .isLessThanOrEqualTo((int) view);
    }
    browser.manage().deleteAllCookies();
    open("/login");
    shot("phone-login");
  }
}
