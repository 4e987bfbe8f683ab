package cn.hinews.core.alert;

import cn.hinews.core.domain.Zones;
import cn.hinews.core.search.RuleQueries;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.AlertSubject;
import cn.hinews.core.store.Session;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.StoredAlert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the rules on each judgement the analysis stage stored (read from {@code
 * article_analysis} by its time, so that it is restart-safe like the queue): one alert per rule and
 * story — a copy of a story already alerted adds to that alert and its reprint count — and the
 * alert's deliveries queued in the same transaction that notes the judgement as seen.
 */
final class AlertEvaluator {
  /** Judgements older than this are not evaluated (a new installation does not alert the past). */
  static final Duration HORIZON = Duration.ofDays(2);

  /** Articles published longer ago than this raise no alert (a re-score of old news). */
  static final Duration NEWS_AGE = Duration.ofDays(3);

  static final int BATCH = 200;

  private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluator.class);

  /** What an evaluation did. */
  record Outcome(int articles, int raised, int addedTo, int rateLimited) {
    Outcome plus(Outcome o) {
      return new Outcome(
          articles + o.articles,
          raised + o.raised,
          addedTo + o.addedTo,
          rateLimited + o.rateLimited);
    }
  }

  private final Store store;
  private final AlertRules rules;
  private final RuleQueries queries;
  private final Schedule schedule;
  private final Supplier<Map<String, String>> topicNames;
  private final Clock clock;

  AlertEvaluator(
      Store store,
      AlertRules rules,
      RuleQueries queries,
      Schedule schedule,
      Supplier<Map<String, String>> topicNames,
      Clock clock) {
    this.store = store;
    this.rules = rules;
    this.queries = queries;
    this.schedule = schedule;
    this.topicNames = topicNames;
    this.clock = clock;
  }

  /** Evaluates every judgement not seen yet; returns what happened. */
  Outcome evaluate() {
    List<RuleCheck> checks = activeChecks();
    Outcome total = new Outcome(0, 0, 0, 0);
    Map<String, String> names = topicNames.get();
    // an article whose evaluation fails is logged, left unseen (the next round tries it again),
    // and does not hold up the others
    Set<Long> failed = new java.util.HashSet<>();
    while (true) {
      Instant since = clock.instant().minus(HORIZON);
      List<AlertSubject> batch = store.read(s -> s.alerts().unevaluated(since, BATCH));
      if (failed.containsAll(batch.stream().map(AlertSubject::articleId).toList())) {
        return total;
      }
      for (AlertSubject subject : batch) {
        if (failed.contains(subject.articleId())) {
          continue;
        }
        try {
          total = total.plus(evaluate(subject, checks, names));
        } catch (RuntimeException e) {
          failed.add(subject.articleId());
          LOG.warn(
              "the alert rules on article {} failed; tried again next round",
              subject.articleId(),
              e);
        }
      }
    }
  }

  private Outcome evaluate(
      AlertSubject subject, List<RuleCheck> checks, Map<String, String> names) {
    List<Match> matches = new ArrayList<>();
    if (fresh(subject)) {
      RuleQueries.Article text = queries.article(subject.title(), subject.body());
      for (RuleCheck c : checks) {
        c.reason(subject, text, names).ifPresent(why -> matches.add(new Match(c.rule(), why)));
      }
    }
    return store.inTransaction(s -> record(s, subject, matches));
  }

  /** The enabled rules with a channel; one whose query no longer reads is logged and skipped. */
  private List<RuleCheck> activeChecks() {
    List<RuleCheck> checks = new ArrayList<>();
    for (AlertRule r : rules.list()) {
      if (r.enabled() && !r.channels().isEmpty()) {
        try {
          checks.add(rules.compile(r));
        } catch (RuleException e) {
          LOG.warn(
              "the rule {} is skipped: its query cannot be read ({})", r.name(), e.getMessage());
        }
      }
    }
    return checks;
  }

  private boolean fresh(AlertSubject s) {
    LocalDateTime oldest = LocalDateTime.ofInstant(clock.instant().minus(NEWS_AGE), Zones.SHANGHAI);
    return s.publishedAt().map(p -> !p.isBefore(oldest)).orElse(true);
  }

  private record Match(AlertRule rule, String reason) {}

  private Outcome record(Session s, AlertSubject subject, List<Match> matches) {
    int raised = 0;
    int added = 0;
    int limited = 0;
    Instant now = clock.instant();
    if (!matches.isEmpty()) {
      Set<Long> copies = new LinkedHashSet<>(s.judgements().clusterMembers(subject.clusterId()));
      copies.add(subject.articleId());
      int reprints = Math.max(0, subject.members() - 1);
      for (Match m : matches) {
        Optional<StoredAlert> existing = s.alerts().alertAbout(m.rule().id(), copies);
        if (existing.isPresent()) {
          s.alerts()
              .addCopy(
                  existing.get().id(),
                  subject.articleId(),
                  subject.clusterId(),
                  Math.max(reprints, existing.get().reprints()),
                  now);
          added++;
          continue;
        }
        boolean overRate =
            s.alerts().raisedSince(m.rule().id(), now.minus(Duration.ofHours(1)))
                >= m.rule().ratePerHour();
        long id =
            s.alerts()
                .raise(
                    new StoredAlert(
                        0,
                        m.rule().id(),
                        m.rule().name(),
                        subject.clusterId(),
                        subject.articleId(),
                        subject.title(),
                        subject.url(),
                        subject.outlet(),
                        m.reason(),
                        reprints,
                        overRate ? StoredAlert.State.RATE_LIMITED : StoredAlert.State.NEW,
                        now,
                        now));
        if (overRate) {
          LOG.info(
              "rule {} is over {} alerts an hour: alert {} kept, not sent",
              m.rule().name(),
              m.rule().ratePerHour(),
              id);
          limited++;
          continue;
        }
        Outbox.queue(s, m.rule(), id, schedule.dueAt(m.rule(), now), now);
        raised++;
      }
    }
    s.alerts().evaluated(subject.articleId(), subject.analysedAt());
    return new Outcome(1, raised, added, limited);
  }
}
