package cn.hinews.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.candidates.CandidateService;
import cn.hinews.core.analysis.judge.JudgedStore;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoDrafterTest {
  @TempDir Path dir;

  static final String[] TITLES = {
    "互联网医院接入区域全民健康信息平台",
    "医疗大模型辅助诊断进入临床",
    "医保信息平台全面建成",
    "电子病历应用水平评价启动",
    "医疗数据安全管理办法发布",
    "智慧医院建设现场会召开",
    "冬季养生小常识"
  };

  AutoDrafter drafter(Store store, HinewsConfig config, String instant) {
    Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    return new AutoDrafter(
        config,
        new BulletinService(store, config, clock),
        new DraftEditor(store),
        new CandidateService(store, SourceRegistry::defaults, clock),
        clock);
  }

  @Test
  void theDraftComesOnceOnThePeriodsLastDayAfterItsHourWithTheTopCandidates()
      throws InterruptedException {
    HinewsConfig config = ConfigLoader.load(Optional.empty());
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"))) {
      store.inTransaction(
          s -> {
            for (int i = 0; i < TITLES.length; i++) {
              String body =
                  i == TITLES.length - 1
                      ? "专家提醒冬季注意保暖，多喝热水，适当运动。"
                      : TITLES[i] + "。医院信息化、电子病历、互联网医院和医疗数据安全工作持续推进，人工智能应用加快落地。";
              s.articles()
                  .insert(
                      new Article(
                          "https://www.people.com.cn/n1/2026/0304/" + i + ".html",
                          TITLES[i],
                          "人民网",
                          "",
                          List.of(),
                          List.of(),
                          Optional.of(
                              new PublishTime(
                                  LocalDateTime.of(2026, 3, 4, 9, i), Precision.MINUTE, "")),
                          List.of(new Block(BlockKind.PARAGRAPH, body)),
                          Optional.empty()));
            }
            return null;
          });
      JudgedStore.drain(store);
      // Thursday, and Friday before 16:00 Beijing time: nothing yet
      assertThat(drafter(store, config, "2026-03-05T09:00:00Z").run()).isEmpty();
      assertThat(drafter(store, config, "2026-03-06T07:59:00Z").run()).isEmpty();
      // Friday 16:30 Beijing time: the weekly draft with 5 (no published issue yet) top candidates
      List<AutoDrafter.Outcome> friday = drafter(store, config, "2026-03-06T08:30:00Z").run();
      assertThat(friday)
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.series()).isEqualTo("weekly");
                assertThat(o.preselected()).hasSize(5).noneMatch(t -> t.startsWith("冬季养生"));
                // the sixth relevant article just below the line; the off-topic one is no candidate
                assertThat(o.belowTheLine())
                    .singleElement()
                    .satisfies(t -> assertThat(t).doesNotStartWith("冬季养生"));
                assertThat(o.created().orElseThrow().period().to())
                    .isEqualTo(java.time.LocalDate.of(2026, 3, 6));
              });
      assertThat(
              new BulletinService(store, config, Clock.systemUTC())
                  .view("weekly", 1)
                  .orElseThrow()
                  .entries())
          .hasSize(5);
      // once only
      assertThat(drafter(store, config, "2026-03-06T09:30:00Z").run()).isEmpty();
      // switched off
      HinewsConfig off =
          new HinewsConfig(config.database(), config.series(), config.crawl(), Optional.empty());
      assertThat(drafter(store, off, "2026-03-31T09:00:00Z").run()).isEmpty();
    }
  }

  @Test
  void aFirstStartNeverSkipsNumbersAndNeverMakesAnEmptyDraft() throws InterruptedException {
    HinewsConfig config = ConfigLoader.load(Optional.empty());
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"))) {
      store.inTransaction(
          s -> {
            for (int i = 0; i < 3; i++) {
              s.articles()
                  .insert(
                      new Article(
                          "https://www.people.com.cn/n1/2026/0304/g" + i + ".html",
                          TITLES[i],
                          "人民网",
                          "",
                          List.of(),
                          List.of(),
                          Optional.of(
                              new PublishTime(
                                  LocalDateTime.of(2026, 3, 4, 9, i), Precision.MINUTE, "")),
                          List.of(new Block(BlockKind.PARAGRAPH, TITLES[i] + "。电子病历与互联网医院建设。")),
                          Optional.empty()));
            }
            return null;
          });
      JudgedStore.drain(store);
      // the archive's last weekly issue is of January: March's draft would skip seven weeks
      BulletinService bulletins = new BulletinService(store, config, Clock.systemUTC());
      var january =
          bulletins.newDraft(
              "weekly",
              java.time.LocalDate.of(2026, 1, 9),
              Optional.empty(),
              Optional.empty(),
              java.util.OptionalInt.of(656));
      new DraftEditor(store)
          .add(
              "weekly",
              january.number(),
              store
                  .read(
                      s -> s.articles().findByUrl("https://www.people.com.cn/n1/2026/0304/g0.html"))
                  .orElseThrow()
                  .id());
      bulletins.publish("weekly", 656);
      List<AutoDrafter.Outcome> friday = drafter(store, config, "2026-03-06T08:30:00Z").run();
      assertThat(friday)
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.created()).isEmpty();
                assertThat(o.note()).contains("第656期", "2026-01-09", "手工新建");
              });
      assertThat(bulletins.list(Optional.of("weekly"))).hasSize(1);
      // April's monthly is due on the 30th, but nothing of April is stored: no empty draft
      assertThat(drafter(store, config, "2026-04-30T09:00:00Z").run()).isEmpty();
      assertThat(bulletins.list(Optional.of("monthly"))).isEmpty();
    }
  }
}
