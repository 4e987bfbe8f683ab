package cn.hinews.core.store;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A watch rule: a query in the search syntax and filters on the stored judgement, how its alerts go
 * out (at once or as a digest at set times, not in quiet hours, at most so many an hour) and to
 * which channels.
 *
 * @param id 0 before it is stored
 * @param name unique, as editors call it
 * @param query the search syntax (与/或/非, "phrases", -word); empty: every article the filters pass
 * @param filters what the judgement must show
 * @param mode at once or as a digest
 * @param digestTimes the digest's times (Asia/Shanghai), empty for an immediate rule
 * @param quietHours when nothing goes out (the alerts wait for its end), if any
 * @param ratePerHour alerts a rule raises in an hour at most; more are kept, marked, not sent
 * @param channels where its alerts go; none: the rule is shown, never sent
 * @param owner the user who made it ({@code system} for the shipped ones)
 * @param enabled false: not evaluated
 * @param createdAt when
 */
public record AlertRule(
    long id,
    String name,
    String query,
    Filters filters,
    Mode mode,
    List<LocalTime> digestTimes,
    Optional<QuietHours> quietHours,
    int ratePerHour,
    List<Channel> channels,
    String owner,
    boolean enabled,
    Instant createdAt) {
  public AlertRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(mode, "mode");
    digestTimes = List.copyOf(digestTimes);
    Objects.requireNonNull(quietHours, "quietHours");
    channels = List.copyOf(channels);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** At once, or collected until the next digest time. */
  public enum Mode {
    IMMEDIATE,
    DIGEST
  }

  /**
   * What an article's stored judgement must show; an empty set or value passes anything.
   *
   * @param minRelevance 0..1
   * @param topics topic ids, any of them
   * @param outlets outlet names, any of them
   * @param sourceKinds source kinds (government, media, …), any of them
   * @param polarity NEGATIVE, POSITIVE or NEUTRAL, or empty
   * @param eventKinds health-IT event kinds of the sentiment analysis, any of them
   */
  public record Filters(
      double minRelevance,
      Set<String> topics,
      Set<String> outlets,
      Set<String> sourceKinds,
      Optional<String> polarity,
      Set<String> eventKinds) {
    public Filters {
      topics = Set.copyOf(topics);
      outlets = Set.copyOf(outlets);
      sourceKinds = Set.copyOf(sourceKinds);
      Objects.requireNonNull(polarity, "polarity");
      eventKinds = Set.copyOf(eventKinds);
    }

    /** Only a relevance floor. */
    public static Filters minRelevance(double min) {
      return new Filters(min, Set.of(), Set.of(), Set.of(), Optional.empty(), Set.of());
    }
  }

  /** Hours in which nothing is sent; may run over midnight (22:00 to 07:00). */
  public record QuietHours(LocalTime from, LocalTime to) {
    public QuietHours {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /** True when {@code t} falls in these hours. */
    public boolean contains(LocalTime t) {
      return from.isBefore(to)
          ? !t.isBefore(from) && t.isBefore(to)
          : !t.isBefore(from) || t.isBefore(to);
    }
  }

  /**
   * One destination.
   *
   * @param kind a channel's name: email, webhook, wecom, dingtalk, feishu
   * @param address an e-mail address or a webhook URL
   * @param secret the robot's signing secret (DingTalk, Feishu), else empty
   */
  public record Channel(String kind, String address, String secret) {
    public Channel {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(secret, "secret");
    }
  }

  /** This rule with other channels (a shipped rule sends once it has one). */
  public AlertRule withChannels(List<Channel> newChannels) {
    return new AlertRule(
        id,
        name,
        query,
        filters,
        mode,
        digestTimes,
        quietHours,
        ratePerHour,
        newChannels,
        owner,
        enabled,
        createdAt);
  }

  /** This rule with another id (after it was stored). */
  public AlertRule withId(long newId) {
    return new AlertRule(
        newId,
        name,
        query,
        filters,
        mode,
        digestTimes,
        quietHours,
        ratePerHour,
        channels,
        owner,
        enabled,
        createdAt);
  }
}
