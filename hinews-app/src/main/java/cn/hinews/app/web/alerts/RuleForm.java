package cn.hinews.app.web.alerts;

import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.store.AlertRule;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule as the page's form and the API's JSON give it: text fields, one webhook or address a line.
 */
record RuleForm(
    String name,
    String query,
    Double minRelevance,
    String sourceKinds,
    Boolean negative,
    String events,
    String webhooks,
    String secret,
    String emails,
    String digest,
    String quiet,
    Integer rate) {

  /**
   * The form of a stored rule, to edit it: its channels are not written back into the page (the
   * robots' keys are in their addresses); left empty, the edit keeps them.
   */
  static RuleForm of(AlertRule r) {
    return new RuleForm(
        r.name(),
        r.query(),
        r.filters().minRelevance(),
        String.join(",", r.filters().sourceKinds()),
        r.filters().polarity().isPresent(),
        String.join(",", r.filters().eventKinds()),
        "",
        "",
        "",
        String.join(",", r.digestTimes().stream().map(Object::toString).toList()),
        r.quietHours().map(q -> q.from() + "-" + q.to()).orElse(""),
        r.ratePerHour());
  }

  /** The rule this form describes, owned by {@code owner}. */
  AlertRule toRule(long id, String owner, Instant now) {
    List<AlertRule.Channel> channels = new ArrayList<>();
    for (String w : lines(webhooks)) {
      Map.Entry<String, String> hook = Channels.webhook(w);
      channels.add(new AlertRule.Channel(hook.getKey(), hook.getValue(), text(secret)));
    }
    for (String e : lines(emails)) {
      channels.add(new AlertRule.Channel(Channels.EMAIL, e, ""));
    }
    List<LocalTime> times = new ArrayList<>();
    for (String t : lines(digest)) {
      times.add(time(t));
    }
    Optional<AlertRule.QuietHours> quietHours = Optional.empty();
    if (!text(quiet).isEmpty()) {
      String[] p = text(quiet).split("-");
      if (p.length != 2) {
        throw new IllegalArgumentException("免打扰时段应写作 22:00-07:00");
      }
      quietHours = Optional.of(new AlertRule.QuietHours(time(p[0]), time(p[1])));
    }
    return new AlertRule(
        id,
        text(name),
        text(query),
        new AlertRule.Filters(
            minRelevance == null ? 0 : minRelevance,
            Set.of(),
            Set.of(),
            Set.copyOf(lines(sourceKinds)),
            Boolean.TRUE.equals(negative) ? Optional.of("NEGATIVE") : Optional.empty(),
            Set.copyOf(lines(events))),
        times.isEmpty() ? AlertRule.Mode.IMMEDIATE : AlertRule.Mode.DIGEST,
        times,
        quietHours,
        rate == null ? 20 : rate,
        channels,
        owner,
        true,
        now);
  }

  private static LocalTime time(String t) {
    String s = t.strip();
    try {
      return LocalTime.parse(s.length() == 4 ? "0" + s : s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("时间应写作 08:30，而不是 " + s, e);
    }
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  /** Non-empty lines (or comma-separated parts) of a field. */
  static List<String> lines(String s) {
    if (s == null) {
      return List.of();
    }
    return Arrays.stream(s.split("[\\r\\n,，]+"))
        .map(String::strip)
        .filter(x -> !x.isEmpty())
        .collect(Collectors.toList());
  }
}
