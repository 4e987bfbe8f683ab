package cn.hinews.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.judge.JudgedStore;
import cn.hinews.core.config.MailConfig;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.Delivery;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.StoredAlert;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts on a database: rules evaluated on stored judgements, one alert per rule and story with its
 * reprints, deliveries to a real webhook receiver on loopback, retries of a failing channel. Runs
 * on H2 ({@link H2AlertTest}) and PostgreSQL ({@link PostgresAlertIT}).
 */
abstract class AlertContract {
  private static final LocalDateTime MORNING = LocalDateTime.of(2026, 3, 6, 9, 0);
  @TempDir Path dir;
  private WebhookReceiver receiver;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-06T02:00:00Z"));

  abstract Store freshStore(Path dir) throws Exception;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  private AlertRule.Channel hook(String kind, String path) {
    return new AlertRule.Channel(kind, receiver.url(path), "");
  }

  @Test
  void oneAlertPerStoryItsReprintAddedAndAFailingChannelRetried() throws Exception {
    receiver.answer("/bad", 200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
    try (Store store = freshStore(dir);
        AnalysisStage stage = JudgedStore.stage(store, clock);
        AlertService alerts = AlertFixtures.service(store, clock, MailConfig.none())) {
      alerts
          .rules()
          .add(
              AlertFixtures.rule(
                  "AI诊断", "人工智能 或 大模型 -医保", List.of(hook(Channels.WEBHOOK, "/hook"))),
              "editor");
      alerts
          .rules()
          .add(AlertFixtures.rule("企业微信", "人工智能", List.of(hook(Channels.WECOM, "/bad"))), "editor");
      JudgedStore.insert(
          store,
          List.of(
              AlertFixtures.article(
                  "https://a.example.cn/story.html",
                  "医院上线人工智能辅助诊断",
                  "人民网",
                  MORNING,
                  AlertFixtures.STORY_BODY),
              AlertFixtures.article(
                  "https://a.example.cn/other.html",
                  "医保基金监管工作会议召开",
                  "人民网",
                  MORNING,
                  "会议部署医保基金监管工作，要求各地加强飞行检查，严厉打击欺诈骗保行为，守好群众的看病钱。")));
      stage.drain(1, (d, l) -> {});

      AlertService.Round first = alerts.runOnce();
      assertThat(first.articles()).isEqualTo(2);
      assertThat(first.raised()).isEqualTo(2);
      List<WebhookReceiver.Received> got = receiver.received("/hook");
      assertThat(got).hasSize(1);
      assertThat(got.get(0).body())
          .contains("医院上线人工智能辅助诊断")
          .contains("https://a.example.cn/story.html")
          .contains("命中查询");

      // a reprint on another site: the same alert, one more copy, no new message
      JudgedStore.insert(
          store,
          List.of(
              AlertFixtures.article(
                  "https://b.example.cn/reprint.html",
                  "转载：医院上线AI",
                  "某地方网",
                  MORNING.plusHours(1),
                  AlertFixtures.STORY_BODY)));
      stage.drain(1, (d, l) -> {});
      AlertService.Round second = alerts.runOnce();
      assertThat(second.raised()).isZero();
      assertThat(second.addedTo()).isEqualTo(2);
      assertThat(receiver.received("/hook")).hasSize(1);
      Map<String, StoredAlert> byRule =
          alerts.alerts(10).stream().collect(Collectors.toMap(StoredAlert::ruleName, a -> a));
      assertThat(byRule).hasSize(2);
      assertThat(byRule.get("AI诊断").reprints()).isEqualTo(1);
      long aiAlert = byRule.get("AI诊断").id();
      List<Long> copies = store.read(s -> s.alerts().alertArticles(aiAlert));
      assertThat(copies).hasSize(2);

      // the robot answered 200 with errcode 93000: failed, recorded, tried again after the backoff
      Delivery bad = deliveryTo(alerts, "/bad");
      assertThat(bad.status()).isEqualTo(Delivery.Status.PENDING);
      assertThat(bad.attempts()).isEqualTo(1);
      assertThat(bad.lastError()).contains("93000");
      alerts.runOnce();
      assertThat(deliveryTo(alerts, "/bad").attempts()).isEqualTo(1); // not due yet
      clock.advance(Duration.ofSeconds(31));
      receiver.answer("/bad", 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
      alerts.runOnce();
      Delivery healed = deliveryTo(alerts, "/bad");
      assertThat(healed.status()).isEqualTo(Delivery.Status.SENT);
      assertThat(healed.attempts()).isEqualTo(2);
      assertThat(receiver.received("/bad")).hasSize(2);
    }
  }

  @Test
  void twoNodesOnOneDatabaseRaiseAndSendEachAlertOnce() throws Exception {
    try (Store store = freshStore(dir);
        AnalysisStage stage = JudgedStore.stage(store, clock);
        AlertService a =
            AlertFixtures.service(
                store, clock, MailConfig.none(), new cn.hinews.core.worker.WorkerIdentity("a", 1));
        AlertService b =
            AlertFixtures.service(
                store,
                clock,
                MailConfig.none(),
                new cn.hinews.core.worker.WorkerIdentity("b", 2))) {
      a.rules()
          .add(
              AlertFixtures.rule("AI诊断", "人工智能", List.of(hook(Channels.WEBHOOK, "/nodes"))),
              "editor");
      JudgedStore.insert(
          store,
          List.of(
              AlertFixtures.article(
                  "https://a.example.cn/n1.html",
                  "医院上线人工智能辅助诊断",
                  "人民网",
                  MORNING,
                  AlertFixtures.STORY_BODY)));
      stage.drain(1, (d, l) -> {});
      AlertService.Round byA = a.runOnce();
      AlertService.Round byB = b.runOnce();
      assertThat(byA.raised()).isEqualTo(1);
      assertThat(byA.sent()).isEqualTo(1);
      assertThat(byB).isEqualTo(new AlertService.Round(0, 0, 0, 0, 0, 0, 0)); // a holds the rounds

      // a stops renewing (its node died): after its lease b takes the rounds, from where a left
      clock.advance(Duration.ofSeconds(61));
      JudgedStore.insert(
          store,
          List.of(
              AlertFixtures.article(
                  "https://c.example.cn/n2.html",
                  "人工智能大模型进入基层医院",
                  "新华网",
                  MORNING.plusHours(2),
                  "多地基层医院引入人工智能大模型辅助诊断，覆盖影像、病理和慢病管理，医生工作效率明显提升。")));
      stage.drain(1, (d, l) -> {});
      AlertService.Round later = b.runOnce();
      assertThat(later.articles()).isEqualTo(1);
      assertThat(later.raised()).isEqualTo(1);
      assertThat(a.runOnce().articles()).isZero(); // b holds them now
      assertThat(receiver.received("/nodes")).hasSize(2);
    }
  }

  private Delivery deliveryTo(AlertService alerts, String path) {
    return alerts.deliveries(20).stream()
        .filter(d -> d.address().endsWith(path))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void rateLimitedRulesTestsAndShippedRules() throws Exception {
    try (Store store = freshStore(dir);
        AnalysisStage stage = JudgedStore.stage(store, clock);
        AlertService alerts = AlertFixtures.service(store, clock, MailConfig.none())) {
      assertThat(alerts.rules().list())
          .extracting(AlertRule::name)
          .contains("负面卫生信息化事件", "政府网站高相关信息");
      AlertRule once = AlertFixtures.rule("每小时一条", "医院", List.of(hook(Channels.WEBHOOK, "/rate")));
      once =
          new AlertRule(
              0,
              once.name(),
              once.query(),
              once.filters(),
              once.mode(),
              once.digestTimes(),
              once.quietHours(),
              1,
              once.channels(),
              once.owner(),
              true,
              once.createdAt());
      AlertRule stored = alerts.rules().add(once, "editor");
      JudgedStore.insert(
          store,
          List.of(
              AlertFixtures.article(
                  "https://a.example.cn/1.html",
                  "医院上线人工智能辅助诊断",
                  "人民网",
                  MORNING,
                  AlertFixtures.STORY_BODY),
              AlertFixtures.article(
                  "https://c.example.cn/2.html",
                  "某医院信息系统宕机导致无法挂号",
                  "新华网",
                  MORNING,
                  "某医院信息系统宕机，患者无法挂号，医院启动应急预案，工程师连夜抢修，系统故障已排除。" + "卫生健康部门要求各医院加强信息系统运维，防范服务中断。")));
      stage.drain(1, (d, l) -> {});
      alerts.runOnce();
      List<StoredAlert> raised = alerts.alerts(10);
      assertThat(raised).hasSize(2);
      assertThat(raised)
          .extracting(StoredAlert::state)
          .containsExactlyInAnyOrder(StoredAlert.State.NEW, StoredAlert.State.RATE_LIMITED);
      assertThat(receiver.received("/rate")).hasSize(1);

      // what the rule would have caught in the last 7 days: both stories, once each
      assertThat(alerts.rules().test(stored, 7)).hasSize(2);
      assertThat(alerts.rules().remove("每小时一条", "editor")).isTrue();
      assertThat(alerts.rules().find("每小时一条")).isEmpty();
    }
  }

  @Test
  void aQueryThatCannotBeReadIsRefusedWithItsPosition() throws Exception {
    try (Store store = freshStore(dir);
        AlertService alerts = AlertFixtures.service(store, clock, MailConfig.none())) {
      assertThatThrownBy(
              () -> alerts.rules().add(AlertFixtures.rule("坏查询", "人工智能 与", List.of()), "editor"))
          .isInstanceOfSatisfying(
              RuleException.class,
              e -> {
                assertThat(e.position()).hasValue(5);
                assertThat(e.getMessage()).contains("第 6 个字");
              });
      assertThatThrownBy(
              () ->
                  alerts
                      .rules()
                      .add(
                          AlertFixtures.rule(
                              "坏渠道", "医院", List.of(new AlertRule.Channel("pager", "x", ""))),
                          "editor"))
          .isInstanceOf(RuleException.class)
          .hasMessageContaining("未知的渠道");
      assertThat(alerts.rules().find("坏查询")).isEmpty();
    }
  }

  static final List<String> AI_STORIES =
      List.of(
          "市第一医院上线人工智能辅助诊断系统，影像科医生借助算法阅片，肺结节检出效率明显提升。",
          "某省人民医院部署医疗大模型，门诊病历由人工智能自动生成初稿，医生审核后签字归档。",
          "儿童医院引入智能导诊机器人，患者描述症状后人工智能推荐科室，挂号排队时间缩短一半。",
          "肿瘤医院利用人工智能分析病理切片，辅助医生判断癌症分期，诊断一致性得到提高。",
          "中医院试点人工智能舌诊设备，采集舌象后给出体质辨识建议，供医生问诊时参考。",
          "眼科医院应用人工智能筛查糖尿病视网膜病变，社区卫生服务中心拍摄眼底照片即可远程判读。",
          "口腔医院启用人工智能种植规划软件，根据三维影像自动设计种植方案，手术时间明显缩短。");

  @Test
  void aBurstOfOneTopicRaisesOneSpikePerTermAndDay() throws Exception {
    try (Store store = freshStore(dir);
        AnalysisStage stage = JudgedStore.stage(store, clock);
        AlertService alerts = AlertFixtures.service(store, clock, MailConfig.none())) {
      assertThat(alerts.checkSpikes()).isZero(); // the shipped rule has no channel yet
      AlertRule spikeRule = alerts.rules().find("热点突增").orElseThrow();
      alerts
          .rules()
          .update(spikeRule.withChannels(List.of(hook(Channels.WEBHOOK, "/spike"))), "admin");
      List<cn.hinews.core.domain.Article> burst = new java.util.ArrayList<>();
      for (int i = 0; i < AI_STORIES.size(); i++) {
        burst.add(
            AlertFixtures.article(
                "https://s" + i + ".example.cn/ai.html",
                AI_STORIES.get(i).substring(0, 14),
                "媒体" + i,
                MORNING.plusMinutes(i),
                AI_STORIES.get(i)));
      }
      JudgedStore.insert(store, burst);
      stage.drain(1, (d, l) -> {});
      int raised = alerts.checkSpikes();
      assertThat(raised).isPositive();
      List<StoredAlert> spikes =
          alerts.alerts(50).stream().filter(a -> a.ruleName().equals("热点突增")).toList();
      assertThat(spikes).hasSize(raised);
      assertThat(spikes)
          .anySatisfy(
              a ->
                  assertThat(a.reason())
                      .startsWith("主题")
                      .contains("今日 7 篇报道")
                      .contains("近14天日均 0.2 篇")
                      .contains("主要报道"));
      assertThat(alerts.checkSpikes()).isZero(); // one alert per term and day
      alerts.deliverDue();
      assertThat(receiver.received("/spike")).isNotEmpty();

      // 热点: one story stored five times within a day, once alerted
      List<cn.hinews.core.domain.Article> copies = new java.util.ArrayList<>();
      for (int i = 0; i < SpikeMonitor.HOT_COPIES; i++) {
        copies.add(
            AlertFixtures.article(
                "https://copy" + i + ".example.cn/story.html",
                i == 0 ? "医院上线人工智能辅助诊断" : "转载：医院上线AI（" + i + "）",
                "网站" + i,
                MORNING.plusMinutes(30 + i),
                AlertFixtures.STORY_BODY));
      }
      JudgedStore.insert(store, copies);
      stage.drain(1, (d, l) -> {});
      assertThat(alerts.checkSpikes()).isPositive();
      assertThat(alerts.alerts(50))
          .filteredOn(a -> a.title().startsWith("热点："))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.reason()).contains("24小时内 5 篇");
                assertThat(a.reprints()).isEqualTo(4);
              });
      assertThat(alerts.checkSpikes()).isZero();
    }
  }
}
