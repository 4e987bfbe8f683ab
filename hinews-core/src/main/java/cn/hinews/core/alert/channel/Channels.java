package cn.hinews.core.alert.channel;

import cn.hinews.core.config.MailConfig;
import cn.hinews.core.crawl.AddressGuard;
import cn.hinews.core.crawl.GuardedPost;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The channels by name: the entry point of this package. */
public final class Channels {
  /** E-mail over SMTP. */
  public static final String EMAIL = "email";

  /** A plain JSON POST. */
  public static final String WEBHOOK = "webhook";

  /** 企业微信 group robot. */
  public static final String WECOM = "wecom";

  /** 钉钉 group robot (signed with its secret). */
  public static final String DINGTALK = "dingtalk";

  /** 飞书 group robot (signed with its secret). */
  public static final String FEISHU = "feishu";

  private final Map<String, AlertChannel> byName;

  private Channels(Map<String, AlertChannel> byName) {
    this.byName = Map.copyOf(byName);
  }

  /**
   * The shipped channels: mail through {@code mail}, webhooks through {@code guard} (so is the SMTP
   * host), signatures timed by {@code clock}.
   */
  public static Channels standard(MailConfig mail, AddressGuard guard, Clock clock) {
    GuardedPost post = new GuardedPost(guard, Duration.ofSeconds(10));
    Map<String, AlertChannel> m = new LinkedHashMap<>();
    m.put(EMAIL, new EmailChannel(mail, guard));
    m.put(WEBHOOK, new Webhooks.Json(post));
    m.put(WECOM, new Webhooks.WeCom(post));
    m.put(DINGTALK, new Webhooks.DingTalk(post, clock));
    m.put(FEISHU, new Webhooks.Feishu(post, clock));
    return new Channels(m);
  }

  /** The channels a rule may name. */
  public static Set<String> names() {
    return Set.of(EMAIL, WEBHOOK, WECOM, DINGTALK, FEISHU);
  }

  /**
   * A webhook as a rule's channel: {@code KIND:URL} names the robot (wecom:https://…), otherwise
   * the robot is known by its host (qyapi.weixin.qq.com, oapi.dingtalk.com, open.feishu.cn or
   * open.larksuite.com), else a plain JSON webhook. Returns the kind and the URL.
   */
  public static Map.Entry<String, String> webhook(String spec) {
    int colon = spec.indexOf(':');
    if (colon > 0) {
      String kind = spec.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
      if (names().contains(kind) && !kind.equals(EMAIL)) {
        return Map.entry(kind, spec.substring(colon + 1));
      }
    }
    String host;
    try {
      host = Optional.ofNullable(java.net.URI.create(spec).getHost()).orElse("");
    } catch (IllegalArgumentException notAUrl) {
      host = "";
    }
    String kind =
        switch (host.toLowerCase(java.util.Locale.ROOT)) {
          case "qyapi.weixin.qq.com" -> WECOM;
          case "oapi.dingtalk.com" -> DINGTALK;
          case "open.feishu.cn", "open.larksuite.com" -> FEISHU;
          default -> WEBHOOK;
        };
    return Map.entry(kind, spec);
  }

  /**
   * An address as logs and screens show it: an e-mail address as is, a webhook as its scheme and
   * host only (the robots' keys and tokens are in the query or the path: 企业微信 ?key=, 钉钉
   * ?access_token=, 飞书 /hook/TOKEN).
   */
  public static String masked(String address) {
    if (!address.contains("://")) {
      return address;
    }
    try {
      java.net.URI u = java.net.URI.create(address);
      return u.getScheme() + "://" + u.getRawAuthority() + "/…";
    } catch (IllegalArgumentException notAUrl) {
      return "…";
    }
  }

  public Optional<AlertChannel> forName(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
