package cn.hinews.core.alert;

import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.judge.JudgedStore;
import cn.hinews.core.analysis.relevance.EvalSet;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.config.MailConfig;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.search.RuleQueries;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.AlertSubject;
import cn.hinews.core.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Alert figures (bench/alerts.sh): rules evaluated per article per second with 1,000 rules; the
 * latency from an article's storage to its webhook message as serve runs it (analysis workers and
 * the alert thread every 2 s, H2); spike precision and recall on the simulated fortnights.
 */
final class AlertBenchmark {
  private static final String[] WORDS = {
    "医院", "人工智能", "电子病历", "互联网医院", "数据安全", "医保", "宕机", "大模型", "健康档案", "远程医疗", "疫苗", "信息化", "智慧医院",
    "区块链", "隐私", "网络攻击", "处罚", "平台", "数字化", "基层"
  };

  private AlertBenchmark() {}

  public static void main(String[] args) throws Exception {
    rules(args.length > 0 ? Integer.parseInt(args[0]) : 1000);
    if (args.length > 1 && Integer.parseInt(args[1]) == 0) {
      return;
    }
    latency(args.length > 1 ? Integer.parseInt(args[1]) : 20);
    System.out.println("spikes, 20 topics (the taxonomy's scale), 200 simulated fortnights:");
    SpikeFigures.print(20, 200);
    System.out.println("spikes, 300 terms (keywords and entities), 50 simulated fortnights:");
    SpikeFigures.print(300, 50);
  }

  /** 1,000 rules of one to three words with 或/非/-, a third with a relevance floor. */
  static List<AlertRule> manyRules(int n) {
    Random r = new Random(14);
    List<AlertRule> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String a = WORDS[r.nextInt(WORDS.length)];
      String b = WORDS[r.nextInt(WORDS.length)];
      String q =
          switch (i % 4) {
            case 0 -> a;
            case 1 -> a + " 与 " + b;
            case 2 -> a + " 或 " + b;
            default -> a + " -" + b;
          };
      AlertRule base = AlertFixtures.rule("r" + i, q, List.of());
      out.add(
          new AlertRule(
              0,
              base.name(),
              q,
              new AlertRule.Filters(
                  i % 3 == 0 ? 0.5 : 0, Set.of(), Set.of(), Set.of(), Optional.empty(), Set.of()),
              base.mode(),
              List.of(),
              Optional.empty(),
              20,
              List.of(),
              "bench",
              true,
              base.createdAt()));
    }
    return out;
  }

  private static void rules(int n) {
    RuleQueries queries = new RuleQueries();
    List<RuleCheck> checks = new ArrayList<>();
    for (AlertRule rule : manyRules(n)) {
      checks.add(new RuleCheck(rule, queries.compile(rule.query())));
    }
    List<String> texts = EvalSet.rawTexts();
    int matched = 0;
    int articles = 0;
    long start = 0;
    for (int round = 0; round < 2; round++) { // the first round warms up
      if (round == 1) {
        start = System.nanoTime();
        matched = 0;
        articles = 0;
      }
      for (String text : texts) {
        String title = text.lines().findFirst().orElse("");
        AlertSubject s =
            new AlertSubject(
                articles,
                title,
                "https://x.example.cn/",
                text,
                "人民网",
                Optional.empty(),
                0.6,
                "NEUTRAL",
                "media",
                List.of(),
                List.of(),
                articles,
                1,
                Instant.EPOCH);
        RuleQueries.Article doc = queries.article(title, text);
        for (RuleCheck c : checks) {
          if (c.reason(s, doc, Map.of()).isPresent()) {
            matched++;
          }
        }
        articles++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "rules: %d rules × %d articles (%.0f characters on average) in %.2f s: %.0f articles/s"
            + " (%.0f rule evaluations/s),"
            + " %.1f rules matched per article%n",
        n,
        articles,
        texts.stream().mapToInt(String::length).average().orElse(0),
        seconds,
        articles / seconds,
        articles * (double) n / seconds,
        (double) matched / articles);
  }

  private static void latency(int n) throws Exception {
    Path dir = Files.createTempDirectory("hinews-alert-bench");
    Clock clock = Clock.systemUTC();
    try (WebhookReceiver receiver = new WebhookReceiver();
        Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
        AnalysisStage stage = JudgedStore.stage(store, clock);
        AlertService alerts = AlertFixtures.service(store, clock, MailConfig.none())) {
      alerts
          .rules()
          .add(
              AlertFixtures.rule(
                  "bench",
                  "医院",
                  List.of(new AlertRule.Channel(Channels.WEBHOOK, receiver.url("/b"), ""))),
              "bench");
      stage.start(1);
      alerts.start(Duration.ofSeconds(2));
      long[] latencies = new long[n];
      LocalDateTime now = LocalDateTime.now(clock.withZone(Zones.SHANGHAI));
      for (int i = 0; i < n; i++) {
        long before = System.nanoTime();
        JudgedStore.insert(
            store,
            List.of(
                AlertFixtures.article(
                    "https://l" + i + ".example.cn/a.html",
                    "第" + i + "家医院上线新系统",
                    "媒体" + i,
                    now,
                    "第"
                        + i
                        + "家医院今天上线新的信息系统，"
                        + WORDS[i % WORDS.length]
                        + "与"
                        + WORDS[(i * 7 + 3) % WORDS.length]
                        + "同步推进，患者就医更方便。编号"
                        + i)));
        while (receiver.received("/b").size() <= i) {
          Thread.sleep(5);
        }
        latencies[i] = receiver.received("/b").get(i).nanoTime() - before;
      }
      Arrays.sort(latencies);
      System.out.printf(
          Locale.ROOT,
          "latency storage → webhook (serve: 1 analysis worker, alert thread every 2 s, H2),"
              + " %d articles: median %.2f s, p90 %.2f s, max %.2f s%n",
          n,
          latencies[n / 2] / 1e9,
          latencies[(int) (n * 0.9)] / 1e9,
          latencies[n - 1] / 1e9);
    }
  }
}
