package cn.hinews.core.alert;

import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.MailConfig;
import cn.hinews.core.crawl.AddressGuard;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test helpers: real-text articles, rules, and an alert service over a store. */
final class AlertFixtures {
  static final String STORY_BODY =
      "医院上线医疗大模型和人工智能辅助诊断系统，智能导诊、智能问诊和预问诊服务覆盖全院，" + "医生借助AI辅助完成病历书写，患者就医时间明显缩短。互联网医院和电子病历同步升级。";

  private AlertFixtures() {}

  static Article article(String url, String title, String outlet, LocalDateTime at, String body) {
    return new Article(
        url,
        title,
        outlet,
        "",
        List.of(),
        List.of(),
        Optional.of(new PublishTime(at, Precision.MINUTE, "")),
        List.of(Block.paragraph(body)),
        Optional.empty());
  }

  static AlertRule rule(String name, String query, List<AlertRule.Channel> channels) {
    return new AlertRule(
        0,
        name,
        query,
        AlertRule.Filters.minRelevance(0),
        AlertRule.Mode.IMMEDIATE,
        List.of(),
        Optional.empty(),
        20,
        channels,
        "editor",
        true,
        Instant.parse("2026-03-01T00:00:00Z"));
  }

  static AlertService service(Store store, Clock clock, MailConfig mail) {
    return service(store, clock, mail, cn.hinews.core.worker.WorkerIdentity.current());
  }

  /** The alerts of one node (web node or worker) of several sharing the store. */
  static AlertService service(
      Store store, Clock clock, MailConfig mail, cn.hinews.core.worker.WorkerIdentity node) {
    return service(
        store, clock, mail, node, () -> cn.hinews.core.analysis.stats.StoryCounts.sql(store));
  }

  /** The alerts of one node, their spikes counted by {@code stories}. */
  static AlertService service(
      Store store,
      Clock clock,
      MailConfig mail,
      cn.hinews.core.worker.WorkerIdentity node,
      java.util.function.Supplier<cn.hinews.core.analysis.stats.StoryCounts> stories) {
    AddressGuard guard = AddressGuard.standard(true);
    return AlertService.over(
        store,
        Channels.standard(mail, guard, clock),
        guard,
        Map::of,
        new IssueMail(
            store,
            new BulletinService(store, ConfigLoader.defaults(), clock),
            Renderers.standard(),
            clock),
        Duration.ofSeconds(30),
        clock,
        node,
        stories);
  }
}
