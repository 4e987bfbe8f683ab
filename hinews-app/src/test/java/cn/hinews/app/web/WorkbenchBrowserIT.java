package cn.hinews.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.demo.DemoData;
import cn.hinews.app.web.security.Users;
import cn.hinews.core.domain.AppUser;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.home.HinewsHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The editor's day in a real headless Chromium (Debian's chromium and chromium-driver, driven by
 * Selenium): log in, open the inbox of a new draft, add three articles, reorder them, edit a title,
 * preview, publish, export, search a word and find it highlighted. Screenshots of the main pages go
 * to {@code target/screenshots}.
 */
class WorkbenchBrowserIT {
  @TempDir static Path dir;
  static HinewsHome home;
  static ConfigurableApplicationContext context;
  static WebDriver browser;
  static String base;
  static final Path SHOTS = Path.of("target", "screenshots");

  static final String[][] ARTICLES = {
    {
      "北京推进互联网医院建设 电子病历实现互认共享",
      "市卫生健康委表示，全市二级以上医院将全面接入互联网医院平台，电子病历和检查检验结果在区域全民健康信息平台上互认共享，医疗数据安全管理同步加强。"
    },
    {"医疗大模型进入临床辅助诊断", "多家三甲医院上线人工智能大模型辅助诊断系统，覆盖影像、病理和电子病历质控，医院信息化与智慧医院建设持续推进，数据治理和算法评测标准正在制定。"},
    {"国家医保局推进医保信息平台与医保数据共享", "国家医保局介绍，全国统一的医保信息平台已全面建成，医保电子凭证和移动支付在定点医院普及，医保数据安全与个人信息保护要求进一步明确。"},
    {"智慧医院评价标准发布 数字健康应用加速", "新版智慧医院分级评价标准发布，围绕智慧服务、智慧管理和电子病历应用水平提出要求，可穿戴设备与远程医疗等数字健康应用加速落地。"},
  };

  @BeforeAll
  static void start() throws Exception {
    home = HinewsHome.open(dir.resolve("home"), Clock.systemUTC());
    DemoData.importInto(home, Map.of(), new PrintWriter(new StringWriter()));
    new Users(home.store(), home.clock()).add("editor", "editor-2026", AppUser.Role.EDITOR, "test");
    home.store()
        .inTransaction(
            s -> {
              for (int i = 0; i < ARTICLES.length; i++) {
                s.articles()
                    .insert(
                        new Article(
                            "https://www.example-health.cn/news/2026/0303/" + i + ".html",
                            ARTICLES[i][0],
                            "人民网",
                            "",
                            List.of(),
                            List.of(),
                            Optional.of(
                                new PublishTime(
                                    LocalDateTime.of(2026, 3, 2 + i, 10, 0),
                                    Precision.MINUTE,
                                    "2026-03-0" + (2 + i) + " 10:00")),
                            List.of(
                                new Block(BlockKind.PARAGRAPH, ARTICLES[i][1]),
                                new Block(BlockKind.PARAGRAPH, ARTICLES[i][1])),
                            Optional.empty()));
              }
              return null;
            });
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    base = "http://127.0.0.1:" + port;
    context = WebApp.start(home, "127.0.0.1", port);
    // as serve does: the analysis stage judges what was stored; the test waits for it
    home.analysis().start(1);
    home.analysis().drain(1, (done, left) -> {});
    browser = Browsers.chromium(1366, 768);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (context != null) {
      context.close();
    }
    if (home != null) {
      home.close();
    }
  }

  static void shot(String name) throws Exception {
    Files.write(
        SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  static void open(String path) {
    browser.get(base + path);
  }

  @Test
  void anEditorComposesPublishesExportsAndFinds() throws Exception {
    open("/inbox");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    shot("login");
    browser.findElement(By.name("username")).sendKeys("editor");
    browser.findElement(By.name("password")).sendKeys("editor-2026");
    WebElement login = browser.findElement(By.cssSelector("form button[type=submit]"));
    clickAndWaitForThePage(login);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("候选");

    // a new weekly draft for the week of 2026-03-06 (Saturday 28 Feb to Friday 6 Mar)
    open("/drafts");
    browser.findElement(By.name("date")).sendKeys("03062026");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.querySelector('input[name=date]').value='2026-03-06'");
    browser.findElement(By.xpath("//button[text()='新建下一期']")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.urlMatches(".*/drafts/weekly/\\d+"));
    String composer = browser.getCurrentUrl();
    assertThat(composer).matches(".*/drafts/weekly/\\d+");

    // the inbox of that draft: add three candidates
    open("/inbox?series=weekly");
    shot("inbox");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.candidates tbody tr"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 0; i < 3; i++) {
      WebElement add = browser.findElements(By.cssSelector("button.add")).get(0);
      clickAndWaitForThePage(add);
    }
    browser.get(composer);
    List<WebElement> titles = browser.findElements(By.cssSelector("ol.items .item-title"));
    assertThat(titles).hasSize(3);
    String first = titles.get(0).getText();
    String second = titles.get(1).getText();

    // reorder: the first goes down one
    WebElement down =
        browser
            .findElements(By.cssSelector("ol.items li"))
            .get(0)
            .findElement(By.cssSelector("button.down"));
    clickAndWaitForThePage(down);
    titles = browser.findElements(By.cssSelector("ol.items .item-title"));
    assertThat(titles.get(0).getText()).isEqualTo(second);
    assertThat(titles.get(1).getText()).isEqualTo(first);

    // edit the title of the first item for this issue only
    WebElement item = browser.findElements(By.cssSelector("ol.items li")).get(0);
    item.findElement(By.tagName("summary")).click();
    WebElement title = item.findElement(By.name("title"));
    title.clear();
    title.sendKeys("改过的标题：智慧医院");
    WebElement save = item.findElement(By.cssSelector("button.save"));
    clickAndWaitForThePage(save);
    assertThat(browser.findElements(By.cssSelector("ol.items .item-title")).get(0).getText())
        .isEqualTo("改过的标题：智慧医院");
    shot("composer");

    // the preview shows the house format with the edit
    browser.switchTo().frame(browser.findElement(By.cssSelector("iframe.preview")));
    assertThat(browser.getPageSource()).contains("全国卫生信息化舆情监测周报", "改过的标题：智慧医院");
    browser.switchTo().defaultContent();

    // publish (and confirm)
    WebElement publish = browser.findElement(By.cssSelector("button.publish"));
    publish.click();
    browser.switchTo().alert().accept();
    waitUntilThePageOf(publish);
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("已发布");
    assertThat(browser.findElements(By.cssSelector("button.publish"))).isEmpty();

    // export
    String number = composer.substring(composer.lastIndexOf('/') + 1);
    open("/issues/weekly/" + number + ".md");
    assertThat(browser.getPageSource()).contains("改过的标题：智慧医院");

    // search finds a word of one of them, highlighted: the article, and the published item with
    // the wording of this issue
    open(
        "/search?q="
            + java.net.URLEncoder.encode("医保信息平台", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(browser.findElements(By.cssSelector("ol.hits li"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("ol.hits mark")).get(0).getText())
        .isEqualTo("医保信息平台");
    open(
        "/search?type=item&q="
            + java.net.URLEncoder.encode("改过的标题", java.nio.charset.StandardCharsets.UTF_8));
    List<WebElement> items = browser.findElements(By.cssSelector("ol.hits li"));
    assertThat(items).hasSize(1);
    assertThat(items.get(0).getText()).contains("改过的标题", "收录于全国卫生信息化舆情监测周报 第" + number + "期");
    assertThat(items.get(0).findElements(By.tagName("mark"))).isNotEmpty();
    shot("search");
    open("/archive");
    shot("archive");
    open("/stats?from=2026-02-25&to=2026-03-10");
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#perDay canvas")).isEmpty());
    shot("stats");
    open("/sources");
    shot("sources");
    open("/drafts");
    shot("drafts");
    open(
        "/search?type=article&q="
            + java.net.URLEncoder.encode("智慧医院", java.nio.charset.StandardCharsets.UTF_8));
    WebElement hit = browser.findElements(By.cssSelector("a.hit-title")).get(0);
    clickAndWaitForThePage(hit);
    assertThat(browser.findElement(By.cssSelector("p.note")).getText()).contains("相关度");
    shot("article");
  }

  /**
   * Clicks what submits a form or follows a link, and waits until the page it was on is gone: the
   * element goes stale — or Chrome, asked mid-navigation, says its node no longer belongs to the
   * document, which is the same news.
   */
  private void clickAndWaitForThePage(WebElement element) {
    element.click();
    waitUntilThePageOf(element);
  }

  /** Waits until the page that held the element is gone (see {@link #clickAndWaitForThePage}). */
  private void waitUntilThePageOf(WebElement element) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            b -> {
              try {
                element.isEnabled();
                return false;
              } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
              } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return true;
                }
                throw e;
              }
            });
  }
}
