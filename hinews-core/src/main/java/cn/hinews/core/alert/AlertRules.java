package cn.hinews.core.alert;

import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.crawl.AddressGuard;
import cn.hinews.core.domain.AuditAction;
import cn.hinews.core.domain.AuditEntry;
import cn.hinews.core.search.QuerySyntaxException;
import cn.hinews.core.search.RuleQueries;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.AlertSubject;
import cn.hinews.core.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The watch rules: checked when kept (a query that cannot be read is refused with its position,
 * channels by name, webhook addresses through the address guard), audited, and tried over the past
 * days ("what would it have caught"). Thread-safe.
 */
public final class AlertRules {
  /** Articles a test over past days reads at most. */
  static final int TEST_LIMIT = 20_000;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** An article a rule caught (or would have): one per story. */
  public record Hit(
      long articleId, String title, String url, String outlet, int reprints, String reason) {}

  private final Store store;
  private final RuleQueries queries;
  private final AddressGuard guard;
  private final Supplier<Map<String, String>> topicNames;
  private final Clock clock;

  /** Queries read once: serve evaluates every two seconds, and the rules rarely change. */
  private final Map<String, RuleQueries.Compiled> compiled =
      new java.util.concurrent.ConcurrentHashMap<>();

  AlertRules(
      Store store,
      RuleQueries queries,
      AddressGuard guard,
      Supplier<Map<String, String>> topicNames,
      Clock clock) {
    this.store = store;
    this.queries = queries;
    this.guard = guard;
    this.topicNames = topicNames;
    this.clock = clock;
  }

  /** Checks and stores a new rule; the stored rule. */
  public AlertRule add(AlertRule rule, String actor) {
    check(rule);
    return store.inTransaction(
        s -> {
          if (s.alerts().rule(rule.name()).isPresent()) {
            throw new RuleException("已有名为“" + rule.name() + "”的规则");
          }
          AlertRule stored = s.alerts().add(rule);
          s.users()
              .audit(
                  AuditEntry.of(
                      clock.instant(),
                      actor,
                      AuditAction.ALERT_RULE_ADD,
                      rule.name(),
                      rule.query()));
          return stored;
        });
  }

  /** Checks and replaces a stored rule (same id). */
  public void update(AlertRule rule, String actor) {
    check(rule);
    store.inTransaction(
        s -> {
          Optional<AlertRule> other = s.alerts().rule(rule.name());
          if (other.isPresent() && other.get().id() != rule.id()) {
            throw new RuleException("已有名为“" + rule.name() + "”的规则");
          }
          s.alerts().update(rule);
          s.users()
              .audit(
                  AuditEntry.of(
                      clock.instant(),
                      actor,
                      AuditAction.ALERT_RULE_EDIT,
                      rule.name(),
                      rule.query()));
          return null;
        });
  }

  public boolean remove(String name, String actor) {
    return store.inTransaction(
        s -> {
          boolean removed = s.alerts().remove(name);
          if (removed) {
            s.users()
                .audit(
                    AuditEntry.of(clock.instant(), actor, AuditAction.ALERT_RULE_REMOVE, name, ""));
          }
          return removed;
        });
  }

  public List<AlertRule> list() {
    return store.read(s -> s.alerts().rules());
  }

  public Optional<AlertRule> find(String name) {
    return store.read(s -> s.alerts().rule(name));
  }

  /** What the rule would have caught among the articles judged in the last {@code days} days. */
  public List<Hit> test(AlertRule rule, int days) {
    RuleCheck check = compile(rule);
    Instant now = clock.instant();
    List<AlertSubject> judged =
        store.read(
            s -> s.alerts().judgedBetween(now.minus(Duration.ofDays(days)), now, TEST_LIMIT));
    Map<String, String> names = topicNames.get();
    List<Hit> hits = new ArrayList<>();
    Set<Long> clusters = new HashSet<>();
    for (AlertSubject subject : judged) {
      if (clusters.contains(subject.clusterId())) {
        continue;
      }
      Optional<String> why =
          check.reason(subject, queries.article(subject.title(), subject.body()), names);
      if (why.isPresent()) {
        clusters.add(subject.clusterId());
        hits.add(
            new Hit(
                subject.articleId(),
                subject.title(),
                subject.url(),
                subject.outlet(),
                subject.members() - 1,
                why.get()));
      }
    }
    return hits;
  }

  /** The rule with its query read, or a {@link RuleException} with the query's position. */
  RuleCheck compile(AlertRule rule) {
    try {
      RuleQueries.Compiled q = compiled.get(rule.query());
      if (q == null) {
        q = queries.compile(rule.query());
        if (compiled.size() > 10_000) {
          compiled.clear();
        }
        compiled.put(rule.query(), q);
      }
      return new RuleCheck(rule, q);
    } catch (QuerySyntaxException e) {
      throw new RuleException(e.userMessage(), e.position(), e);
    }
  }

  private void check(AlertRule rule) {
    if (rule.name().isBlank() || rule.name().length() > 100) {
      throw new RuleException("规则名称不能为空，且不超过100个字");
    }
    double min = rule.filters().minRelevance();
    if (min < 0 || min > 1) {
      throw new RuleException("最低相关度应在 0 到 1 之间");
    }
    if (rule.ratePerHour() < 1) {
      throw new RuleException("每小时预警上限至少为 1");
    }
    if (rule.mode() == AlertRule.Mode.DIGEST && rule.digestTimes().isEmpty()) {
      throw new RuleException("汇总模式需要至少一个发送时间（如 08:30）");
    }
    compile(rule);
    for (AlertRule.Channel c : rule.channels()) {
      checkChannel(c);
    }
  }

  private void checkChannel(AlertRule.Channel c) {
    if (!Channels.names().contains(c.kind())) {
      throw new RuleException("未知的渠道“" + c.kind() + "”，可用：email、webhook、wecom、dingtalk、feishu");
    }
    if (c.kind().equals(Channels.EMAIL)) {
      if (!EMAIL.matcher(c.address()).matches()) {
        throw new RuleException("不是有效的邮箱地址：" + c.address());
      }
      return;
    }
    Optional<String> refused = guard.refusal(c.address());
    if (refused.isPresent()) {
      throw new RuleException("Webhook 地址不可用（须为可解析的 http/https 公网地址）：" + c.address());
    }
  }
}
