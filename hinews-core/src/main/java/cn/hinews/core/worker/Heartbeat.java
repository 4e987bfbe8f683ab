package cn.hinews.core.worker;

import cn.hinews.core.store.Store;
import cn.hinews.core.store.WorkerBeat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker saying it is alive: its row in the database renewed every few seconds with what it has
 * done; closing it says it stopped. A worker whose beat is older than {@link #STALE} is shown as
 * silent (home page, 信源, {@code hinews status}).
 */
public final class Heartbeat implements AutoCloseable {
  /** A beat older than this: the worker is silent (died, hung, or cut off from the database). */
  public static final Duration STALE = Duration.ofMinutes(1);

  static final Duration EVERY = Duration.ofSeconds(10);
  private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

  /** What a worker counts, read at each beat. */
  public record Counters(LongSupplier fetches, LongSupplier analysed) {
    public static Counters none() {
      return new Counters(() -> 0, () -> 0);
    }
  }

  private final Store store;
  private final WorkerIdentity me;
  private final String roles;
  private final Counters counters;
  private final Clock clock;
  private final Instant started;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hinews-heartbeat");
            t.setDaemon(true);
            return t;
          });

  private Heartbeat(Store store, WorkerIdentity me, String roles, Counters counters, Clock clock) {
    this.store = store;
    this.me = me;
    this.roles = roles;
    this.counters = counters;
    this.clock = clock;
    this.started = clock.instant();
  }

  /** Beats now, then every ten seconds until closed. */
  public static Heartbeat start(
      Store store, WorkerIdentity me, String roles, Counters counters, Clock clock) {
    Heartbeat h = new Heartbeat(store, me, roles, counters, clock);
    h.beat();
    h.timer.scheduleWithFixedDelay(
        h::beatQuietly, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    return h;
  }

  private void beat() {
    WorkerBeat b =
        new WorkerBeat(
            me.name(),
            me.host(),
            me.pid(),
            roles,
            started,
            clock.instant(),
            Optional.empty(),
            counters.fetches().getAsLong(),
            counters.analysed().getAsLong());
    store.inTransaction(
        s -> {
          s.workers().beat(b);
          return null;
        });
  }

  private void beatQuietly() {
    try {
      beat();
    } catch (RuntimeException e) {
      // the database is away: the next beat tries again; the others see this worker go silent
      LOG.warn("heartbeat of {} not written", me.name(), e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      beat();
      store.inTransaction(
          s -> {
            s.workers().stopped(me.name(), clock.instant());
            return null;
          });
    } catch (RuntimeException e) {
      LOG.warn("the stop of {} was not written", me.name(), e);
    }
  }
}
