package cn.hinews.core.alert;

import cn.hinews.core.alert.channel.Outgoing;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.store.StoredAlert;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Alerts as messages, in Chinese: one alert names its title, outlet, time, link, reprints and why
 * it matched; several of one rule (a digest, or what waited through quiet hours) are one list.
 */
final class Messages {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(Zones.SHANGHAI);

  private Messages() {}

  static Outgoing of(List<StoredAlert> alerts) {
    if (alerts.size() == 1) {
      return one(alerts.get(0));
    }
    String rule = alerts.get(0).ruleName();
    StringBuilder md = new StringBuilder();
    StringBuilder text = new StringBuilder();
    md.append("### 【预警汇总】").append(rule).append("：").append(alerts.size()).append(" 条\n\n");
    text.append("【预警汇总】").append(rule).append("：").append(alerts.size()).append(" 条\n\n");
    int n = 1;
    for (StoredAlert a : alerts) {
      md.append(n)
          .append(". [")
          .append(escape(a.title()))
          .append("](")
          .append(a.url())
          .append(")（")
          .append(a.outlet())
          .append("，")
          .append(TIME.format(a.createdAt()))
          .append(reprints(a))
          .append("）\n   原因：")
          .append(a.reason())
          .append("\n");
      text.append(n)
          .append(". ")
          .append(a.title())
          .append("（")
          .append(a.outlet())
          .append("，")
          .append(TIME.format(a.createdAt()))
          .append(reprints(a))
          .append("）\n   ")
          .append(a.url())
          .append("\n   原因：")
          .append(a.reason())
          .append("\n");
      n++;
    }
    return new Outgoing(
        "【预警汇总】" + rule + "（" + alerts.size() + " 条）",
        md.toString(),
        text.toString(),
        Optional.empty(),
        List.of());
  }

  private static Outgoing one(StoredAlert a) {
    String md =
        "### 【预警】"
            + a.ruleName()
            + "\n\n**["
            + escape(a.title())
            + "]("
            + a.url()
            + ")**\n\n"
            + "> 媒体："
            + a.outlet()
            + "\n\n> 时间："
            + TIME.format(a.createdAt())
            + "\n\n> 原因："
            + a.reason()
            + (a.reprints() > 0 ? "\n\n> 转载：" + a.reprints() + " 次" : "")
            + "\n";
    String text =
        "【预警】"
            + a.ruleName()
            + "\n\n标题："
            + a.title()
            + "\n媒体："
            + a.outlet()
            + "\n时间："
            + TIME.format(a.createdAt())
            + "\n链接："
            + a.url()
            + "\n原因："
            + a.reason()
            + (a.reprints() > 0 ? "\n转载：" + a.reprints() + " 次" : "")
            + "\n";
    return new Outgoing("【预警】" + a.title(), md, text, Optional.of(a.url()), List.of());
  }

  private static String reprints(StoredAlert a) {
    return a.reprints() > 0 ? "，转载 " + a.reprints() + " 次" : "";
  }

  /** Square brackets would end a Markdown link's text. */
  private static String escape(String title) {
    return title.replace("[", "［").replace("]", "］");
  }
}
