package cn.hinews.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.archive.BulletinImporter;
import cn.hinews.core.archive.ImportMode;
import cn.hinews.core.archive.ImportOutcome;
import cn.hinews.core.archive.IssueDiff;
import cn.hinews.core.archive.SeedFixtures;
import cn.hinews.core.bulletin.BulletinException;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.StoredArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's behaviour, run against every database we support: {@link H2ArchiveTest} and {@link
 * PostgresArchiveIT} give it a fresh store each.
 */
abstract class ArchiveContract {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T02:00:00Z"), ZoneOffset.UTC);
  final HinewsConfig config = ConfigLoader.defaults();
  @TempDir Path dir;
  Store store;
  BulletinImporter importer;
  BulletinService bulletins;

  /** A new, empty store. */
  abstract Store freshStore(Path dir) throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = freshStore(dir);
    importer = new BulletinImporter(store, config, CLOCK);
    bulletins = new BulletinService(store, config, CLOCK);
  }

  @AfterEach
  void close() {
    store.close();
  }

  Path seedsFolder() throws Exception {
    Path folder = dir.resolve("seeds");
    Files.createDirectories(folder);
    for (String name : SeedFixtures.NAMES) {
      Files.writeString(
          folder.resolve(name + ".md"), SeedFixtures.seed(name), StandardCharsets.UTF_8);
    }
    return folder;
  }

  long articleCount() {
    return store.read(s -> s.articles().count());
  }

  @Test
  void importsTheSeedsAndRendersEachBackToItsGoldenFile() throws Exception {
    List<ImportOutcome> outcomes = importer.importPaths(List.of(seedsFolder()), o -> {});
    assertThat(outcomes)
        .extracting(ImportOutcome::status)
        .containsOnly(ImportOutcome.Status.IMPORTED);
    assertThat(outcomes).hasSize(3);
    assertThat(articleCount()).isEqualTo(10);
    assertThat(bulletins.list(Optional.empty()))
        .extracting(IssueSummary::seriesId, IssueSummary::number, IssueSummary::itemCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("monthly", 554, 3),
            org.assertj.core.groups.Tuple.tuple("weekly", 656, 4),
            org.assertj.core.groups.Tuple.tuple("monthly", 552, 3));
    for (String name : SeedFixtures.NAMES) {
      String[] parts = name.split("-");
      BulletinView view = bulletins.view(parts[0], Integer.parseInt(parts[1])).orElseThrow();
      assertThat(view.issue().status()).isEqualTo(IssueStatus.PUBLISHED);
      assertThat(Renderers.markdown(view)).as(name).isEqualTo(SeedFixtures.expected(name));
    }
  }

  @Test
  void reimportingChangesNothingAndSaysUnchanged() throws Exception {
    Path seeds = seedsFolder();
    importer.importPaths(List.of(seeds), o -> {});
    long before = articleCount();
    List<ImportOutcome> again = importer.importPaths(List.of(seeds), o -> {});
    assertThat(again)
        .extracting(ImportOutcome::status)
        .containsOnly(ImportOutcome.Status.UNCHANGED);
    assertThat(again).extracting(ImportOutcome::message).allMatch(m -> m.startsWith("未变"));
    assertThat(articleCount()).isEqualTo(before);
    assertThat(bulletins.list(Optional.empty())).hasSize(3);
  }

  @Test
  void aMalformedFileIsReportedWithItsLineAndStopsNothingElse() throws Exception {
    Path seeds = seedsFolder();
    Path bad = seeds.resolve("weekly-657-bad.md");
    String broken =
        SeedFixtures.seed("weekly-656")
            .replace("(第六五六)", "(第六五七)")
            .replace("链接：https://xm.cnr.cn/jkgy/20260108/t20260108_527486573.shtml", "链接：见附件");
    Files.writeString(bad, broken, StandardCharsets.UTF_8);
    List<ImportOutcome> outcomes = importer.importPaths(List.of(seeds), o -> {});
    assertThat(outcomes).hasSize(4);
    ImportOutcome failed =
        outcomes.stream().filter(ImportOutcome::failed).findFirst().orElseThrow();
    assertThat(failed.message()).contains("weekly-657-bad.md:").contains("链接");
    assertThat(outcomes).filteredOn(o -> !o.failed()).hasSize(3);
    assertThat(bulletins.view("weekly", 657)).isEmpty();
    assertThat(articleCount()).isEqualTo(10);
  }

  @Test
  void aDryRunStoresNothingAndSaysWhatWouldBeImported() throws Exception {
    importer.importText("a.md", SeedFixtures.seed("monthly-554"));
    List<ImportOutcome> outcomes =
        importer.importPaths(List.of(seedsFolder()), ImportMode.DRY_RUN, o -> {});
    assertThat(outcomes)
        .extracting(ImportOutcome::status)
        .containsExactlyInAnyOrder(
            ImportOutcome.Status.UNCHANGED,
            ImportOutcome.Status.WOULD_IMPORT,
            ImportOutcome.Status.WOULD_IMPORT);
    assertThat(outcomes)
        .filteredOn(o -> o.status() == ImportOutcome.Status.WOULD_IMPORT)
        .extracting(ImportOutcome::message)
        .allMatch(m -> m.startsWith("将导入"));
    assertThat(bulletins.list(Optional.empty())).hasSize(1);
    assertThat(articleCount()).isEqualTo(3);
  }

  @Test
  void aFailureWhileStoringRollsTheWholeIssueBack() throws Exception {
    // the last item's URL is too long for the column: the earlier items' new articles must go too
    String url = "https://xm.cnr.cn/jkgy/20260108/t20260108_527486573.shtml";
    String text = SeedFixtures.seed("weekly-656").replace(url, url + "?x=" + "a".repeat(2100));
    ImportOutcome outcome = importer.importText("long.md", text);
    assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
    assertThat(outcome.message()).startsWith("long.md: ");
    assertThat(articleCount()).isZero();
    assertThat(bulletins.list(Optional.empty())).isEmpty();
  }

  @Test
  void aStoredNumberWithOtherContentIsRefusedWithBothSidesShown() throws Exception {
    importer.importText("a.md", SeedFixtures.seed("monthly-554"));
    String edited = SeedFixtures.seed("monthly-554").replace("平台围绕儿童健康服务", "平台围绕儿童健康服务工作");
    ImportOutcome outcome = importer.importText("b.md", edited);
    assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.CONFLICT);
    assertThat(outcome.failed()).isTrue();
    assertThat(outcome.message()).contains("已存在（来自 a.md）");
    IssueDiff diff = outcome.conflict().orElseThrow();
    assertThat(diff.storedOrigin()).isEqualTo("a.md");
    assertThat(diff.changes()).isEqualTo(1);
    assertThat(diff.rows())
        .filteredOn(r -> r.kind() == IssueDiff.Kind.CHANGED)
        .singleElement()
        .satisfies(r -> assertThat(r.stored()).contains("平台围绕儿童健康服务中"))
        .satisfies(r -> assertThat(r.imported()).contains("平台围绕儿童健康服务工作中"));
    assertThat(Renderers.markdown(bulletins.view("monthly", 554).orElseThrow()))
        .isEqualTo(SeedFixtures.expected("monthly-554"));
  }

  @Test
  void articlesAreSharedByUrlAndAnotherIssuesWordingIsItsOwnEdit() throws Exception {
    importer.importText("a.md", SeedFixtures.seed("monthly-554"));
    String other =
        SeedFixtures.seed("monthly-554")
            .replace("(第五五四期)", "(第五五五期)")
            .replace("2026年01月31日", "2026年02月28日")
            .replace("时间从2026年01月01日至2026年01月31日", "时间从2026年02月01日至2026年02月28日")
            .replace("平台围绕儿童健康服务", "平台围绕儿童健康服务工作")
            .replace("2026-01-16 来源：人民网", "2026-01-17 来源：人民网");
    ImportOutcome outcome = importer.importText("b.md", other);
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(ImportOutcome.Status.IMPORTED);
    assertThat(outcome.message()).contains("新文章 0 篇");
    assertThat(articleCount()).isEqualTo(3);
    String first = Renderers.markdown(bulletins.view("monthly", 554).orElseThrow());
    String second = Renderers.markdown(bulletins.view("monthly", 555).orElseThrow());
    assertThat(first).doesNotContain("儿童健康服务工作");
    assertThat(second).contains("儿童健康服务工作").contains("2026-01-17 来源：人民网");
    assertThat(first).contains("2026-01-16 来源：人民网");
    // the second file, imported again, is recognised as the same issue
    assertThat(importer.importText("b.md", other).status())
        .isEqualTo(ImportOutcome.Status.UNCHANGED);
  }

  @Test
  void newDraftsFollowTheSeriesRuleAndPublishingFreezesThem() throws Exception {
    importer.importPaths(List.of(seedsFolder()), o -> {});
    Issue weekly =
        bulletins.newDraft(
            "weekly",
            LocalDate.of(2026, 1, 14),
            Optional.empty(),
            Optional.empty(),
            OptionalInt.empty());
    assertThat(weekly.number()).isEqualTo(657);
    assertThat(weekly.period())
        .isEqualTo(new Period(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 16)));
    assertThat(weekly.issueDate()).isEqualTo(LocalDate.of(2026, 1, 16));
    assertThat(weekly.status()).isEqualTo(IssueStatus.DRAFT);

    Issue monthly =
        bulletins.newDraft(
            "monthly",
            LocalDate.of(2026, 2, 10),
            Optional.empty(),
            Optional.empty(),
            OptionalInt.empty());
    assertThat(monthly.number()).isEqualTo(555);
    assertThat(monthly.period())
        .isEqualTo(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));

    assertThatThrownBy(() -> bulletins.publish("weekly", 657)).hasMessageContaining("还没有条目");
    bulletins.addItem("weekly", 657, "https://m.bjnews.com.cn/detail/1768789566129700.html");
    Issue published = bulletins.publish("weekly", 657);
    assertThat(published.status()).isEqualTo(IssueStatus.PUBLISHED);
    assertThat(published.publishedAt()).contains(CLOCK.instant());
    assertThatThrownBy(
            () ->
                bulletins.addItem(
                    "weekly",
                    657,
                    "https://xinwen.bjd.com.cn/content/s696cabdce4b0cd719e9c500a.html"))
        .isInstanceOf(BulletinException.class)
        .hasMessageContaining("已经发布");
    assertThatThrownBy(() -> bulletins.publish("weekly", 657))
        .isInstanceOf(BulletinException.class);
    String md = Renderers.markdown(bulletins.view("weekly", 657).orElseThrow());
    assertThat(md)
        .contains("（第六五七期）")
        .contains("本期周报共收集1篇卫生健康大数据与政策研究相关信息，时间从2026年01月10日到2026年01月16日");

    assertThatThrownBy(
            () ->
                bulletins.newDraft(
                    "weekly",
                    LocalDate.of(2026, 1, 20),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.of(656)))
        .hasMessageContaining("已经存在");
    Issue overridden =
        bulletins.newDraft(
            "weekly",
            LocalDate.of(2026, 1, 30),
            Optional.of(LocalDate.of(2026, 1, 17)),
            Optional.empty(),
            OptionalInt.of(660));
    assertThat(overridden.period())
        .isEqualTo(new Period(LocalDate.of(2026, 1, 17), LocalDate.of(2026, 1, 30)));
  }

  @Test
  void publishedBetweenGivesThePeriodsArticlesOldestFirst() throws Exception {
    importer.importPaths(List.of(seedsFolder()), o -> {});
    LocalDate from = LocalDate.of(2025, 12, 27);
    LocalDate to = LocalDate.of(2026, 1, 9);
    List<StoredArticle> all = store.read(s -> s.articles().latest(1000));
    List<Long> expected =
        all.stream()
            .filter(a -> a.article().published().isPresent())
            .filter(a -> new Period(from, to).contains(a.article().published().get().date()))
            .sorted(
                java.util.Comparator.comparing(
                        (StoredArticle a) -> a.article().published().get().value())
                    .thenComparing(StoredArticle::id))
            .map(StoredArticle::id)
            .toList();
    List<StoredArticle> found = store.read(s -> s.articles().publishedBetween(from, to));
    assertThat(expected).isNotEmpty();
    assertThat(found).extracting(StoredArticle::id).containsExactlyElementsOf(expected);
    assertThat(found).allSatisfy(a -> assertThat(a.article().body()).isNotEmpty());
  }

  @Test
  void decisionsAreKeptOncePerArticleAndSeriesAndIssueItemsAreKnown() throws Exception {
    importer.importPaths(List.of(seedsFolder()), o -> {});
    List<StoredArticle> all = store.read(s -> s.articles().latest(1000));
    long first = all.get(0).id();
    long second = all.get(1).id();
    Instant at = Instant.parse("2026-02-01T02:00:00Z");
    store.inTransaction(
        s -> {
          s.decisions().decide(first, "weekly", DecisionRepository.Decision.REJECTED, at);
          s.decisions().decide(first, "weekly", DecisionRepository.Decision.REJECTED, at);
          s.decisions().decide(second, "monthly", DecisionRepository.Decision.REJECTED, at);
          return null;
        });
    List<Long> rejected =
        store.read(s -> s.decisions().articlesDecided(DecisionRepository.Decision.REJECTED));
    assertThat(rejected).containsExactlyInAnyOrder(first, second);
    List<Long> published = store.read(s -> s.decisions().publishedItemArticles());
    assertThat(published).hasSize(all.size());
    List<Long> weekly = store.read(s -> s.decisions().itemArticles("weekly"));
    List<Long> monthly = store.read(s -> s.decisions().itemArticles("monthly"));
    assertThat(weekly).hasSize(4);
    assertThat(monthly).hasSize(6).doesNotContainAnyElementsOf(weekly);
    List<Long> daily = store.read(s -> s.decisions().itemArticles("daily"));
    assertThat(daily).isEmpty();
  }

  @Test
  void theFrontierKeepsEachUrlOnceAndSchedulesItsFetches() {
    Instant t0 = Instant.parse("2026-01-16T02:00:00Z");
    String list = "http://www.nhc.gov.cn/list.shtml";
    String a = "http://www.nhc.gov.cn/a.html";
    String b = "http://www.nhc.gov.cn/b.html";
    String c = "http://www.nhc.gov.cn/c.html";
    List<Boolean> added =
        store.inTransaction(
            s ->
                List.of(
                    s.frontier().discover(list, "nhc", FrontierEntry.Kind.ENTRY, t0),
                    s.frontier().discover(a, "nhc", FrontierEntry.Kind.ARTICLE, t0),
                    s.frontier().discover(a, "nhc", FrontierEntry.Kind.ARTICLE, t0)));
    assertThat(added).containsExactly(true, true, false);
    List<FrontierEntry> due = store.read(s -> s.frontier().due(t0, 10));
    assertThat(due).extracting(FrontierEntry::url).containsExactly(a, list);
    store.inTransaction(
        s -> {
          s.frontier().fetched(a, t0, t0, Optional.of("\"e1\""), Optional.empty());
          s.frontier().fetched(list, t0, t0.plusSeconds(1800), Optional.empty(), Optional.empty());
          return null;
        });
    // a fetched article is done; an entry point comes back when due
    List<FrontierEntry> soon = store.read(s -> s.frontier().due(t0.plusSeconds(60), 10));
    assertThat(soon).isEmpty();
    List<FrontierEntry> later = store.read(s -> s.frontier().due(t0.plusSeconds(1800), 10));
    assertThat(later).extracting(FrontierEntry::url).containsExactly(list);
    Optional<FrontierEntry> stored = store.read(s -> s.frontier().find(a));
    assertThat(stored.orElseThrow().etag()).contains("\"e1\"");
    store.inTransaction(
        s -> {
          s.frontier().discover(b, "nhc", FrontierEntry.Kind.ARTICLE, t0);
          s.frontier().failed(b, b + ": HTTP 503", t0.plusSeconds(600), false);
          s.frontier().discover(c, "nhc", FrontierEntry.Kind.ARTICLE, t0);
          s.frontier().failed(c, c + ": HTTP 404", t0, true);
          return null;
        });
    FrontierEntry failed = store.read(s -> s.frontier().find(b)).orElseThrow();
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).contains(b + ": HTTP 503");
    List<FrontierEntry> retry = store.read(s -> s.frontier().due(t0.plusSeconds(600), 10));
    assertThat(retry).extracting(FrontierEntry::url).containsExactly(b);
    long gone = store.read(s -> s.frontier().count(FrontierEntry.State.GONE));
    assertThat(gone).isEqualTo(1);
  }

  @Test
  void aFetchedArticleIsUpsertedIdempotentlyAndAChangeBecomesARevision() {
    Instant t0 = Instant.parse("2026-01-16T02:00:00Z");
    String url = "http://www.nhc.gov.cn/xcs/202601/abc.shtml";
    cn.hinews.core.domain.Article v1 = crawled(url, "第一版标题", "第一段。", t0);
    ArticleRepository.Upserted first = store.inTransaction(s -> s.articles().upsert(v1, "nhc", t0));
    ArticleRepository.Upserted again = store.inTransaction(s -> s.articles().upsert(v1, "nhc", t0));
    cn.hinews.core.domain.Article v2 = crawled(url, "第二版标题", "改过的第一段。", t0.plusSeconds(60));
    ArticleRepository.Upserted revised =
        store.inTransaction(s -> s.articles().upsert(v2, "nhc", t0.plusSeconds(60)));
    assertThat(first.change()).isEqualTo(ArticleRepository.Change.INSERTED);
    assertThat(again.change()).isEqualTo(ArticleRepository.Change.UNCHANGED);
    assertThat(revised.change()).isEqualTo(ArticleRepository.Change.REVISED);
    assertThat(revised.stored().id()).isEqualTo(first.stored().id());
    long count = store.read(s -> s.articles().count());
    assertThat(count).isEqualTo(1);
    cn.hinews.core.domain.StoredArticle now =
        store.read(s -> s.articles().findByUrl(url)).orElseThrow();
    assertThat(now.article().title()).isEqualTo("第二版标题");
    assertThat(now.article().body())
        .extracting(cn.hinews.core.domain.Block::text)
        .containsExactly("改过的第一段。");
  }

  @Test
  void rawPagesAreKeptCompressedAndTheFetchLogGivesSourceHealth() {
    Instant t0 = Instant.parse("2026-01-16T02:00:00Z");
    byte[] body = "<html>页面</html>".repeat(500).getBytes(java.nio.charset.Charset.forName("GBK"));
    cn.hinews.core.store.RawPage page =
        new cn.hinews.core.store.RawPage(
            "http://a.cn/1.html", "a", "http://a.cn/1.html?x", t0, Optional.of("text/html"), body);
    store.inTransaction(
        s -> {
          s.pages().save(page);
          s.pages().save(page); // a second copy replaces the first
          return null;
        });
    cn.hinews.core.store.RawPage back =
        store.read(s -> s.pages().find("http://a.cn/1.html")).orElseThrow();
    assertThat(back.body()).isEqualTo(body);
    assertThat(back.contentType()).contains("text/html");
    List<String> urls = store.read(s -> s.pages().urls(Optional.of("a"), "", 10));
    assertThat(urls).containsExactly("http://a.cn/1.html");
    store.inTransaction(
        s -> {
          // source a: fine for a day, then its list answers but nothing new for four days
          s.fetchLog().record(log("a", FrontierEntry.Kind.ARTICLE, t0, "OK", 1));
          for (int d = 1; d <= 4; d++) {
            s.fetchLog()
                .record(log("a", FrontierEntry.Kind.ENTRY, t0.plusSeconds(86_400L * d), "OK", 0));
          }
          // source b: failing
          s.fetchLog()
              .record(
                  log(
                      "b",
                      FrontierEntry.Kind.ENTRY,
                      t0.plusSeconds(86_400L * 4),
                      "SERVER_ERROR",
                      0));
          s.fetchLog()
              .record(log("b", FrontierEntry.Kind.ARTICLE, t0.plusSeconds(86_400L * 4), "OK", 1));
          return null;
        });
    Instant now = t0.plusSeconds(86_400L * 4 + 60);
    List<cn.hinews.core.store.SourceHealth> health =
        store.read(s -> s.fetchLog().health(now, 7, java.time.Duration.ofDays(3)));
    assertThat(health)
        .extracting(cn.hinews.core.store.SourceHealth::sourceId)
        .containsExactly("a", "b");
    cn.hinews.core.store.SourceHealth a = health.get(0);
    cn.hinews.core.store.SourceHealth b = health.get(1);
    assertThat(a.silent()).isTrue();
    assertThat(a.fetches()).isEqualTo(5);
    assertThat(a.newArticles()).isEqualTo(1);
    assertThat(b.silent()).isFalse();
    assertThat(b.errorRate()).isEqualTo(0.5);
    List<cn.hinews.core.store.FetchLog> recent = store.read(s -> s.fetchLog().recent("b", 1));
    assertThat(recent).singleElement().satisfies(l -> assertThat(l.sourceId()).isEqualTo("b"));
  }

  private static cn.hinews.core.store.FetchLog log(
      String source, FrontierEntry.Kind kind, Instant at, String outcome, int newArticles) {
    return new cn.hinews.core.store.FetchLog(
        source,
        "http://" + source + ".cn/x",
        kind,
        at,
        CrawlOutcome.valueOf(outcome),
        200,
        12,
        3,
        newArticles,
        "");
  }

  /** The issue's Markdown and HTML exports. */
  String exports(String series, int number) throws Exception {
    BulletinView view = bulletins.viewPublished(series, number).orElseThrow();
    java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
    Renderers.standard().forFormat("html").orElseThrow().render(view, html);
    return Renderers.markdown(view) + "\n----\n" + html.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPublishedIssueKeepsItsTextWhenItsArticlesAreRevised() throws Exception {
    importer.importPaths(List.of(seedsFolder()), o -> {});
    String url = "https://m.bjnews.com.cn/detail/1768789566129700.html";
    Instant t0 = Instant.parse("2026-01-20T02:00:00Z");
    // a crawled article, published in a new issue
    String nhc = "http://www.nhc.gov.cn/xcs/202601/frozen.shtml";
    store.inTransaction(s -> s.articles().upsert(crawled(nhc, "原来的标题", "原来的正文。", t0), "nhc", t0));
    bulletins.newDraft(
        "weekly",
        LocalDate.of(2026, 1, 14),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty());
    bulletins.addItem("weekly", 657, nhc);
    bulletins.publish("weekly", 657);
    String imported = exports("monthly", 554);
    String published = exports("weekly", 657);
    assertThat(imported).contains(url);
    assertThat(published).contains("原来的标题", "原来的正文");
    // re-extraction, a re-fetch or an import revise the articles in place
    Instant t1 = t0.plusSeconds(3600);
    store.inTransaction(s -> s.articles().upsert(crawled(nhc, "改过的标题", "改过的正文。", t1), "nhc", t1));
    store.inTransaction(s -> s.articles().upsert(crawled(url, "改过的标题", "改过的正文。", t1), "bj", t1));
    assertThat(exports("weekly", 657)).isEqualTo(published);
    assertThat(exports("monthly", 554)).isEqualTo(imported);
  }

  @Test
  void aPublishedIssueThatNoLongerHashesAsPublishedIsNotRendered() throws Exception {
    Instant t0 = Instant.parse("2026-01-20T02:00:00Z");
    String url = "http://www.nhc.gov.cn/xcs/202601/hash.shtml";
    long id =
        store
            .inTransaction(s -> s.articles().upsert(crawled(url, "标题", "正文。", t0), "nhc", t0))
            .stored()
            .id();
    store.inTransaction(
        s ->
            s.issues()
                .insert(
                    new Issue(
                        Optional.empty(),
                        "weekly",
                        700,
                        1,
                        LocalDate.of(2026, 1, 16),
                        new Period(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 16)),
                        List.of(cn.hinews.core.domain.IssueItem.of(id)),
                        IssueStatus.PUBLISHED,
                        Optional.of(t0)),
                    Optional.of("0".repeat(64)),
                    "stored behind the application's back"));
    assertThatThrownBy(() -> bulletins.viewPublished("weekly", 700))
        .isInstanceOf(BulletinException.class)
        .hasMessageContaining("与发布时不一致");
  }

  @Test
  void theDatabaseRefusesToChangeWhatIsPublished() throws Exception {
    importer.importPaths(List.of(seedsFolder()), o -> {});
    store.inTransaction(
        s -> {
          s.users().audit(new cn.hinews.core.domain.AuditEntry(CLOCK.instant(), "a", "X", "", ""));
          return null;
        });
    long published =
        store.read(s -> s.issues().find("monthly", 554)).orElseThrow().id().orElseThrow();
    for (String sql :
        List.of(
            "UPDATE issue_item SET title = '篡改' WHERE issue_id = " + published,
            "DELETE FROM issue_item WHERE issue_id = " + published,
            "UPDATE issue_item_block SET body_text = '篡改' WHERE issue_id = " + published,
            "UPDATE issue SET origin = '篡改' WHERE id = " + published,
            "DELETE FROM issue WHERE id = " + published,
            "UPDATE audit_log SET detail = '篡改'",
            "DELETE FROM audit_log",
            "UPDATE article SET url = 'https://evil.example/'")) {
      try (java.sql.Connection c = store.dataSource().getConnection();
          java.sql.Statement st = c.createStatement()) {
        c.setAutoCommit(true);
        int changed;
        try {
          changed = st.executeUpdate(sql);
        } catch (java.sql.SQLException refused) {
          continue;
        }
        throw new AssertionError("the database changed " + changed + " rows: " + sql);
      }
    }
    // a draft's items still change
    bulletins.newDraft(
        "weekly",
        LocalDate.of(2026, 1, 14),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty());
    bulletins.addItem("weekly", 657, "https://m.bjnews.com.cn/detail/1768789566129700.html");
    bulletins.addItem(
        "weekly", 657, "https://xinwen.bjd.com.cn/content/s696cabdce4b0cd719e9c500a.html");
    assertThat(bulletins.view("weekly", 657).orElseThrow().entries()).hasSize(2);
  }

  private static cn.hinews.core.domain.Article crawled(
      String url, String title, String text, Instant at) {
    return new cn.hinews.core.domain.Article(
        url,
        title,
        "国家卫生健康委",
        "",
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(new cn.hinews.core.domain.Block(cn.hinews.core.domain.BlockKind.PARAGRAPH, text)),
        Optional.of(at));
  }
}
