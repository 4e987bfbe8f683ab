package cn.hinews.app.cli;

import cn.hinews.core.alert.AlertRules;
import cn.hinews.core.alert.RuleException;
import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.Delivery;
import cn.hinews.core.store.DeliveryRepository;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "预警规则：add 添加，list 列出，test 试运行（过去 N 天会命中什么），remove 删除，",
      "channels 设置渠道，log 发送记录，subscribers 简报订阅者。"
    },
    subcommands = {
      AlertsCommand.Add.class,
      AlertsCommand.ListRules.class,
      AlertsCommand.Test.class,
      AlertsCommand.Remove.class,
      AlertsCommand.SetChannels.class,
      AlertsCommand.Log.class,
      AlertsCommand.Subscribers.class
    })
final class AlertsCommand implements Runnable {
  @ParentCommand Cli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out());
  }

  /** The channels of the options: webhooks (KIND:URL or by host) and e-mail addresses. */
  static List<AlertRule.Channel> channels(
      List<String> webhooks, List<String> emails, String secret) {
    List<AlertRule.Channel> out = new ArrayList<>();
    for (String w : webhooks) {
      Map.Entry<String, String> hook = Channels.webhook(w);
      out.add(new AlertRule.Channel(hook.getKey(), hook.getValue(), secret == null ? "" : secret));
    }
    for (String e : emails) {
      out.add(new AlertRule.Channel(Channels.EMAIL, e.strip(), ""));
    }
    return out;
  }

  /** A refused query: the message, then the query with a caret under the position. */
  static void explain(PrintWriter err, RuleException e, String query) {
    err.println("hinews: " + e.getMessage());
    if (e.position().isPresent()) {
      err.println("  " + query);
      err.println("  " + " ".repeat(e.position().getAsInt()) + "^");
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "添加预警规则。")
  static final class Add implements Callable<Integer> {
    @ParentCommand AlertsCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--query", defaultValue = "", description = "检索语法：与/或/非、\"短语\"、-排除词")
    String query;

    @Option(names = "--min-relevance", defaultValue = "0", description = "最低相关度 0..1")
    double minRelevance;

    @Option(names = "--topic", description = "主题编号（可重复）")
    List<String> topics = new ArrayList<>();

    @Option(names = "--outlet", description = "媒体（可重复）")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--source-kind", description = "government 或 media（可重复）")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--negative", description = "只要负面报道")
    boolean negative;

    @Option(names = "--event", description = "负面事件：data-leak、outage、ai-misdiagnosis、attack、fine")
    List<String> events = new ArrayList<>();

    @Option(names = "--webhook", description = "Webhook（可重复；wecom:/dingtalk:/feishu:URL 指定机器人）")
    List<String> webhooks = new ArrayList<>();

    @Option(names = "--secret", description = "钉钉、飞书机器人的签名密钥")
    String secret;

    @Option(names = "--email", description = "邮箱（可重复）")
    List<String> emails = new ArrayList<>();

    @Option(names = "--digest", description = "汇总发送时间 HH:MM（可重复）；不给则即时发送")
    List<LocalTime> digest = new ArrayList<>();

    @Option(names = "--quiet", description = "免打扰时段，如 22:00-07:00")
    String quiet;

    @Option(names = "--rate", defaultValue = "20", description = "每小时最多预警条数")
    int rate;

    @Option(names = "--owner", defaultValue = "cli", description = "规则的所有者（用户名）")
    String owner;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        AlertRule rule =
            new AlertRule(
                0,
                name.strip(),
                query,
                new AlertRule.Filters(
                    minRelevance,
                    Set.copyOf(topics),
                    Set.copyOf(outlets),
                    Set.copyOf(kinds),
                    negative ? Optional.of("NEGATIVE") : Optional.empty(),
                    Set.copyOf(events)),
                digest.isEmpty() ? AlertRule.Mode.IMMEDIATE : AlertRule.Mode.DIGEST,
                digest,
                quietHours(quiet),
                rate,
                channels(webhooks, emails, secret),
                owner,
                true,
                home.clock().instant());
        try {
          AlertRule stored = home.alerts().rules().add(rule, owner);
          parent
              .cli
              .out()
              .println("已添加规则 " + stored.name() + "（" + stored.channels().size() + " 个渠道）");
          return 0;
        } catch (RuleException e) {
          explain(parent.cli.err(), e, query);
          return 1;
        }
      }
    }
  }

  static Optional<AlertRule.QuietHours> quietHours(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String[] p = text.strip().split("-");
    try {
      return Optional.of(
          new AlertRule.QuietHours(LocalTime.parse(pad(p[0])), LocalTime.parse(pad(p[1]))));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("免打扰时段应写作 22:00-07:00，而不是 " + text, e);
    }
  }

  private static String pad(String t) {
    String s = t.strip();
    return s.length() == 4 ? "0" + s : s;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "列出预警规则。")
  static final class ListRules implements Callable<Integer> {
    @ParentCommand AlertsCommand parent;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        PrintWriter out = parent.cli.out();
        for (AlertRule r : home.alerts().rules().list()) {
          String state = !r.enabled() ? "停用" : r.channels().isEmpty() ? "未设渠道" : "启用";
          out.printf(
              Locale.ROOT,
              "%s  [%s] %s  查询：%s  最低相关度 %.2f  渠道：%s  所有者 %s%n",
              r.name(),
              state,
              r.mode() == AlertRule.Mode.DIGEST ? "汇总 " + r.digestTimes() : "即时",
              r.query().isBlank() ? "（任意）" : r.query(),
              r.filters().minRelevance(),
              r.channels().stream().map(c -> c.kind()).toList(),
              r.owner());
        }
        return 0;
      }
    }
  }

  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = "试运行规则：过去 N 天内判断过的文章中它会命中哪些（每个报道一条）。")
  static final class Test implements Callable<Integer> {
    @ParentCommand AlertsCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--days", defaultValue = "7")
    int days;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        AlertRules rules = home.alerts().rules();
        AlertRule rule =
            rules
                .find(name)
                .orElseThrow(() -> new IllegalArgumentException("没有名为“" + name + "”的规则"));
        List<AlertRules.Hit> hits = rules.test(rule, days);
        for (AlertRules.Hit h : hits) {
          parent
              .cli
              .out()
              .println(
                  h.title()
                      + "（"
                      + h.outlet()
                      + (h.reprints() > 0 ? "，转载 " + h.reprints() + " 次" : "")
                      + "）");
          parent.cli.out().println("  " + h.url());
          parent.cli.out().println("  原因：" + h.reason());
        }
        parent.cli.out().println("过去 " + days + " 天共命中 " + hits.size() + " 条报道");
        return 0;
      }
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "删除预警规则。")
  static final class Remove implements Callable<Integer> {
    @ParentCommand AlertsCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        if (!home.alerts().rules().remove(name, "cli")) {
          parent.cli.err().println("hinews: 没有名为“" + name + "”的规则");
          return 1;
        }
        parent.cli.out().println("已删除规则 " + name);
        return 0;
      }
    }
  }

  @Command(
      name = "channels",
      mixinStandardHelpOptions = true,
      description = "设置规则的渠道（替换原有渠道；内置规则设了渠道才会发送）。")
  static final class SetChannels implements Callable<Integer> {
    @ParentCommand AlertsCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--webhook")
    List<String> webhooks = new ArrayList<>();

    @Option(names = "--secret")
    String secret;

    @Option(names = "--email")
    List<String> emails = new ArrayList<>();

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        AlertRules rules = home.alerts().rules();
        AlertRule r =
            rules
                .find(name)
                .orElseThrow(() -> new IllegalArgumentException("没有名为“" + name + "”的规则"));
        AlertRule changed = r.withChannels(channels(webhooks, emails, secret));
        rules.update(changed, "cli");
        parent.cli.out().println("规则 " + name + " 现有 " + changed.channels().size() + " 个渠道");
        return 0;
      }
    }
  }

  @Command(name = "log", mixinStandardHelpOptions = true, description = "发送记录（最新在前）。")
  static final class Log implements Callable<Integer> {
    @ParentCommand AlertsCommand parent;

    @Option(names = "--limit", defaultValue = "30")
    int limit;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        for (Delivery d : home.alerts().deliveries(limit)) {
          parent
              .cli
              .out()
              .printf(
                  Locale.ROOT,
                  "%d  %s  %s  %s  尝试 %d 次  %s%n",
                  d.id(),
                  d.status().label(),
                  d.kind(),
                  Channels.masked(d.address()),
                  d.attempts(),
                  d.lastError());
        }
        return 0;
      }
    }
  }

  @Command(
      name = "subscribers",
      mixinStandardHelpOptions = true,
      description = "简报订阅者：列出，或 --add / --remove 邮箱。")
  static final class Subscribers implements Callable<Integer> {
    @ParentCommand AlertsCommand parent;

    @Parameters(paramLabel = "SERIES")
    String series;

    @Option(names = "--add")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove")
    List<String> remove = new ArrayList<>();

    @Option(names = "--group", defaultValue = "")
    String group;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        home.config().requireSeries(series);
        cn.hinews.core.alert.IssueMail mail = home.issueMail();
        add.forEach(a -> mail.subscribe(series, a, group, "cli"));
        remove.forEach(r -> mail.unsubscribe(series, r, "cli"));
        List<DeliveryRepository.Subscriber> now = mail.subscribers(series);
        now.forEach(
            sub ->
                parent
                    .cli
                    .out()
                    .println(sub.email() + (sub.group().isEmpty() ? "" : "  " + sub.group())));
        parent.cli.out().println(series + " 共 " + now.size() + " 位订阅者");
        return 0;
      }
    }
  }
}
