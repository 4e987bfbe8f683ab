package cn.hinews.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Watch rules and the alerts they raise: written by the alert stage (core.alert), read by the 预警
 * page, the API and the CLI.
 */
public interface AlertRepository {
  /** Stores a new rule with its channels; returns it with its id. */
  AlertRule add(AlertRule rule);

  /** Replaces a stored rule (by id) and its channels. */
  void update(AlertRule rule);

  boolean remove(String name);

  Optional<AlertRule> rule(String name);

  Optional<AlertRule> rule(long id);

  /** Every rule, by name. */
  List<AlertRule> rules();

  /**
   * The judged articles whose judgement the rules have not seen (new, or written again since), at
   * most {@code limit}, oldest judgement first; only judgements written after {@code since}.
   */
  List<AlertSubject> unevaluated(Instant since, int limit);

  /** The judged articles written in the period, for a rule's test over past days. */
  List<AlertSubject> judgedBetween(Instant from, Instant to, int limit);

  /** Notes that the rules saw this judgement of the article. */
  void evaluated(long articleId, Instant analysedAt);

  /** The rule's alert about any of these articles (a story's copies), if one was raised. */
  Optional<StoredAlert> alertAbout(long ruleId, Collection<Long> articleIds);

  /** Stores a new alert about its first article; returns its id. */
  long raise(StoredAlert alert);

  /** Stores a new spike alert under its key; returns its id. */
  long raiseSpike(StoredAlert alert, String key);

  /** Adds a copy of the story to its alert and sets the reprint count and cluster. */
  void addCopy(long alertId, long articleId, long clusterId, int reprints, Instant at);

  /** Alerts the rule raised since then, rate-limited ones left out. */
  int raisedSince(long ruleId, Instant since);

  /** Alerts newest first. */
  List<StoredAlert> alerts(int limit);

  Optional<StoredAlert> alert(long id);

  /** Sets an alert's state (acknowledged, muted). */
  boolean setState(long alertId, StoredAlert.State state, Instant at);

  /** The articles of an alert, the first first. */
  List<Long> alertArticles(long alertId);

  /** Stories (distinct reprint clusters) per term and day: a term kind, or TOPIC for top topics. */
  List<TermDay> termDays(String kind, java.time.LocalDate from, java.time.LocalDate to);

  /** The biggest stories of a term on a day (originals first), at most {@code limit}. */
  List<AlertSubject> topStories(String kind, String term, java.time.LocalDate day, int limit);

  /** The rule's spike alert with this key (kind:term:day), if raised. */
  Optional<StoredAlert> spikeAlert(long ruleId, String key);

  /**
   * The stories (by their original) with at least {@code minCopies} copies stored since then, and
   * how many; most first.
   */
  List<Growth> growing(Instant since, int minCopies);

  /** A story that gathered copies fast: its original's judgement and the copies since. */
  record Growth(AlertSubject original, int copies) {}

  /** Stories of a term on a day. */
  record TermDay(String term, java.time.LocalDate day, int stories) {}

  /**
   * Stories (distinct reprint clusters) per term published since a moment (Beijing local time): the
   * last hours, against the daily baseline of {@link #termDays}.
   */
  List<TermCount> termsSince(String kind, java.time.LocalDateTime since);

  /** Stories of a term in a window. */
  record TermCount(String term, int stories) {}
}
