package cn.hinews.core.alert;

import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.analysis.stats.StoryCounts;
import cn.hinews.core.crawl.AddressGuard;
import cn.hinews.core.domain.AuditAction;
import cn.hinews.core.domain.AuditEntry;
import cn.hinews.core.search.RuleQueries;
import cn.hinews.core.store.Delivery;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.StoredAlert;
import cn.hinews.core.worker.JobLeases;
import cn.hinews.core.worker.WorkerIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts: the rules ({@link #rules}), their evaluation on each stored judgement, and the outbox's
 * delivery to e-mail and group robots. Inside {@code serve} one background thread evaluates and
 * delivers every two seconds ({@link #start}), apart from the crawl and the analysis, so a slow or
 * failing channel slows neither; {@code crawl --once} calls {@link #runOnce} after its drain.
 */
public final class AlertService implements AutoCloseable {
  /** First retry after this; each further one waits twice as long. */
  public static final Duration BACKOFF = Duration.ofSeconds(30);

  /** Attempts before a delivery is FAILED (about two hours of retries at the default backoff). */
  public static final int MAX_ATTEMPTS = 8;

  private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);

  /** Spikes are checked at most this often (a query per term kind over 15 days). */
  public static final Duration SPIKE_EVERY = Duration.ofMinutes(10);

  /** What one round of evaluation and delivery did. */
  public record Round(
      int articles, int raised, int addedTo, int rateLimited, int spikes, int sent, int failed) {}

  private final Store store;
  private final AlertRules rules;
  private final AlertEvaluator evaluator;
  private final Dispatcher dispatcher;
  private final SpikeMonitor spikes;
  private final Clock clock;

  /** One node evaluates and delivers at a time, however many share the database. */
  private final JobLeases jobs;

  static final String JOB = "alerts";
  static final Duration JOB_LEASE = Duration.ofMinutes(1);
  private Instant spikesChecked = Instant.EPOCH;
  private final ScheduledExecutorService loop =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hinews-alerts");
            t.setDaemon(true);
            return t;
          });
  private boolean started;

  AlertService(
      Store store,
      AlertRules rules,
      AlertEvaluator evaluator,
      Dispatcher dispatcher,
      SpikeMonitor spikes,
      Clock clock,
      WorkerIdentity node) {
    this.store = store;
    this.rules = rules;
    this.evaluator = evaluator;
    this.dispatcher = dispatcher;
    this.spikes = spikes;
    this.clock = clock;
    this.jobs = new JobLeases(store, node, clock);
  }

  /**
   * The alerts of a store: channels by name, webhook addresses vetted by {@code guard}, topic names
   * for the reasons, {@code issues} for the published issues sent to subscribers.
   */
  public static AlertService over(
      Store store,
      Channels channels,
      AddressGuard guard,
      Supplier<Map<String, String>> topicNames,
      IssueMail issues,
      Duration backoff,
      Clock clock) {
    return over(
        store, channels, guard, topicNames, issues, backoff, clock, WorkerIdentity.current());
  }

  /** The same, for a node of a given name (several web nodes on one database, in a test). */
  public static AlertService over(
      Store store,
      Channels channels,
      AddressGuard guard,
      Supplier<Map<String, String>> topicNames,
      IssueMail issues,
      Duration backoff,
      Clock clock,
      WorkerIdentity node) {
    return over(
        store,
        channels,
        guard,
        topicNames,
        issues,
        backoff,
        clock,
        node,
        () -> StoryCounts.sql(store));
  }

  /**
   * The same, the spikes counted by {@code stories} (asked at each check: the search server's
   * aggregations, caught up with the database, or SQL).
   */
  public static AlertService over(
      Store store,
      Channels channels,
      AddressGuard guard,
      Supplier<Map<String, String>> topicNames,
      IssueMail issues,
      Duration backoff,
      Clock clock,
      WorkerIdentity node,
      Supplier<StoryCounts> stories) {
    RuleQueries queries = new RuleQueries();
    AlertRules rules = new AlertRules(store, queries, guard, topicNames, clock);
    AlertEvaluator evaluator =
        new AlertEvaluator(store, rules, queries, new Schedule(), topicNames, clock);
    Dispatcher dispatcher =
        new Dispatcher(store, channels, issues::message, backoff, MAX_ATTEMPTS, clock);
    SpikeMonitor spikes =
        new SpikeMonitor(store, stories, new SpikeDetector(), new Schedule(), topicNames, clock);
    return new AlertService(store, rules, evaluator, dispatcher, spikes, clock, node);
  }

  public AlertRules rules() {
    return rules;
  }

  /**
   * Evaluates the judgements not seen yet and sends what is due; on the caller's thread. Nothing
   * when another node (a web node or a worker sharing the database) holds the alert rounds: it
   * raises, digests and sends them, once.
   */
  public Round runOnce() {
    if (!jobs.hold(JOB, JOB_LEASE)) {
      return new Round(0, 0, 0, 0, 0, 0, 0);
    }
    AlertEvaluator.Outcome e = evaluator.evaluate();
    int spiked = checkSpikesIfDue();
    Dispatcher.Outcome d = dispatcher.deliverDue();
    return new Round(
        e.articles(), e.raised(), e.addedTo(), e.rateLimited(), spiked, d.sent(), d.failed());
  }

  /** Checks for spikes now; how many spike alerts were raised. */
  public synchronized int checkSpikes() {
    spikesChecked = clock.instant();
    return spikes.check();
  }

  private synchronized int checkSpikesIfDue() {
    return clock.instant().isBefore(spikesChecked.plus(SPIKE_EVERY)) ? 0 : checkSpikes();
  }

  /** Sends what is due (not evaluating); on the caller's thread. */
  public Round deliverDue() {
    Dispatcher.Outcome d = dispatcher.deliverDue();
    return new Round(0, 0, 0, 0, 0, d.sent(), d.failed());
  }

  /** Evaluates and delivers every {@code every} on this service's own thread, until closed. */
  public synchronized void start(Duration every) {
    if (started) {
      return;
    }
    started = true;
    loop.scheduleWithFixedDelay(this::roundQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void roundQuietly() {
    try {
      Round r = runOnce();
      if (r.raised() + r.spikes() + r.sent() + r.failed() > 0) {
        LOG.info("alerts: {}", r);
      }
    } catch (RuntimeException e) {
      LOG.error("an alert round failed; the next one runs as usual", e);
    }
  }

  /** Alerts newest first. */
  public List<StoredAlert> alerts(int limit) {
    return store.read(s -> s.alerts().alerts(limit));
  }

  /** Acknowledges or mutes an alert (audited); false when there is no such alert. */
  public boolean setState(long alertId, StoredAlert.State state, String actor) {
    AuditAction action =
        state == StoredAlert.State.MUTED ? AuditAction.ALERT_MUTE : AuditAction.ALERT_ACK;
    return store.inTransaction(
        s -> {
          boolean done = s.alerts().setState(alertId, state, clock.instant());
          if (done) {
            s.users()
                .audit(
                    AuditEntry.of(
                        clock.instant(), actor, action, "alert " + alertId, state.name()));
          }
          return done;
        });
  }

  /** The delivery log, newest first. */
  public List<Delivery> deliveries(int limit) {
    return store.read(s -> s.deliveries().deliveries(limit));
  }

  /** Queues a delivery again now, with fresh attempts (audited); false when there is none. */
  public boolean resend(long deliveryId, String actor) {
    return store.inTransaction(
        s -> {
          boolean done = s.deliveries().resend(deliveryId, clock.instant());
          if (done) {
            s.users()
                .audit(
                    AuditEntry.of(
                        clock.instant(),
                        actor,
                        AuditAction.DELIVERY_RESEND,
                        "delivery " + deliveryId,
                        ""));
          }
          return done;
        });
  }

  @Override
  public synchronized void close() {
    loop.shutdownNow();
    if (started) {
      try {
        jobs.release(JOB);
      } catch (RuntimeException e) {
        LOG.warn("the alert rounds were not given up; another node takes them in a minute", e);
      }
    }
    try {
      if (!loop.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("the alert thread did not stop within ten seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
