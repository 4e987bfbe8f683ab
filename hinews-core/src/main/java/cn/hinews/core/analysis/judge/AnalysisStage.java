package cn.hinews.core.analysis.judge;

import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.store.IssueSummary;
import cn.hinews.core.store.ModelVersion;
import cn.hinews.core.store.QueueDepth;
import cn.hinews.core.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the analysis stage: worker threads that drain the queue continuously (inside {@code serve}
 * or a worker), or a drain that returns when the queue is empty (after {@code crawl --once} and
 * {@code import}); and the relevance model's retraining in the background, after which the open
 * periods are scored again.
 */
public final class AnalysisStage implements AutoCloseable {
  /** Hears a drain's progress. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param judged articles judged so far by this drain
     * @param remaining rows still queued (this process's and others')
     */
    void update(int judged, int remaining);
  }

  /** What a drain did. */
  public record DrainReport(int judged, int skipped, int failed, QueueDepth left, Duration took) {}

  /** Days back from today whose articles a new model version scores again, drafts or not. */
  static final int RESCORE_DAYS = 14;

  private static final Logger LOG = LoggerFactory.getLogger(AnalysisStage.class);
  private final AnalysisService service;
  private final Store store;
  private final Clock clock;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(daemon("hinews-model"));
  private final ModelFollower follower;
  private ExecutorService workers;
  private volatile boolean running;

  public AnalysisStage(AnalysisService service, Store store, Clock clock) {
    this(service, store, clock, ModelFollower.NONE);
  }

  /**
   * @param follower retrained after each check of the relevance model (the pick model)
   */
  public AnalysisStage(AnalysisService service, Store store, Clock clock, ModelFollower follower) {
    this.service = service;
    this.store = store;
    this.clock = clock;
    this.follower = follower;
  }

  /**
   * The stage over a store: the relevance model's versions from {@code taxonomy} and the store's
   * decisions, authority and source kinds from {@code sources}, this process as the worker.
   */
  public static AnalysisStage over(
      Store store,
      cn.hinews.core.analysis.text.ChineseNlp nlp,
      java.util.function.Supplier<cn.hinews.core.analysis.relevance.Taxonomy> taxonomy,
      java.util.function.Supplier<cn.hinews.core.source.SourceRegistry> sources,
      Clock clock) {
    return over(store, nlp, taxonomy, sources, clock, ModelFollower.NONE);
  }

  /** The same, with what is retrained after the relevance model (the pick model). */
  public static AnalysisStage over(
      Store store,
      cn.hinews.core.analysis.text.ChineseNlp nlp,
      java.util.function.Supplier<cn.hinews.core.analysis.relevance.Taxonomy> taxonomy,
      java.util.function.Supplier<cn.hinews.core.source.SourceRegistry> sources,
      Clock clock,
      ModelFollower follower) {
    RelevanceModels models = new RelevanceModels(store, nlp, taxonomy, clock);
    return new AnalysisStage(
        new AnalysisService(store, models, sources, clock, AnalysisService.processWorkerName()),
        store,
        clock,
        follower);
  }

  public AnalysisService service() {
    return service;
  }

  public QueueDepth depth() {
    return service.depth();
  }

  /**
   * Starts {@code threads} workers draining the queue for as long as this stage runs, and a check
   * of the relevance model every minute.
   */
  public synchronized void start(int threads) {
    if (running) {
      return;
    }
    running = true;
    workers = Executors.newFixedThreadPool(threads, daemon("hinews-analysis"));
    for (int i = 0; i < threads; i++) {
      workers.submit(this::loop);
    }
    scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, 1, TimeUnit.MINUTES);
  }

  private void loop() {
    while (running && !Thread.currentThread().isInterrupted()) {
      try {
        if (service.runBatch().claimed() == 0) {
          Thread.sleep(500);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.error("an analysis batch failed; the worker goes on in five seconds", e);
        sleepQuietly(5_000);
      }
    }
  }

  /** Editors' decisions changed (a publication, a rejection): retrain in the background. */
  public void decisionsChanged() {
    scheduler.execute(this::refreshQuietly);
  }

  private void refreshQuietly() {
    try {
      service.releaseDeadLeases();
      refreshModel();
    } catch (RuntimeException e) {
      LOG.error("retraining the relevance model failed; it is tried again in a minute", e);
      return;
    }
    try {
      follower.relevanceChecked(service.models().current().version());
    } catch (RuntimeException e) {
      LOG.error("retraining the pick model failed; it is tried again in a minute", e);
    }
  }

  /**
   * Trains a new relevance model version when the decisions changed, and queues the articles of the
   * open periods (the drafts' periods and the last two weeks) for re-scoring.
   */
  public Optional<ModelVersion> refreshModel() {
    Optional<ModelVersion> made = service.models().refresh();
    made.ifPresent(
        v -> {
          int queued = 0;
          for (Period p : openPeriods()) {
            queued +=
                store.inTransaction(
                    s ->
                        s.analysisQueue()
                            .enqueueRescore(p.from(), p.to(), v.version(), clock.instant()));
          }
          LOG.info("relevance model version {}: {} articles queued for re-scoring", v, queued);
        });
    return made;
  }

  private List<Period> openPeriods() {
    List<Period> out = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
    out.add(new Period(today.minusDays(RESCORE_DAYS), today));
    for (IssueSummary i : store.read(s -> s.issues().list(Optional.empty()))) {
      if (i.status() == IssueStatus.DRAFT) {
        out.add(i.period());
      }
    }
    return out;
  }

  /**
   * Drains the queue with {@code threads} threads and returns when nothing is left: rows other
   * workers hold are waited for (a lease that runs out comes back to this drain).
   */
  public DrainReport drain(int threads, Progress progress) throws InterruptedException {
    long started = System.nanoTime();
    AtomicInteger judged = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong lastReport =
        new java.util.concurrent.atomic.AtomicLong();
    service.releaseDeadLeases();
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("hinews-drain"));
    try {
      while (true) {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          running.add(
              pool.submit(
                  () -> {
                    AnalysisService.BatchResult r;
                    do {
                      r = service.runBatch();
                      judged.addAndGet(r.judged());
                      skipped.addAndGet(r.skipped());
                      failed.addAndGet(r.failed());
                      report(progress, judged.get(), lastReport);
                    } while (r.claimed() > 0);
                  }));
        }
        for (Future<?> f : running) {
          waitFor(f);
        }
        QueueDepth left = service.depth();
        if (left.leased() == 0) {
          return new DrainReport(
              judged.get(),
              skipped.get(),
              failed.get(),
              left,
              Duration.ofNanos(System.nanoTime() - started));
        }
        // another worker holds rows: wait for it to finish them (or for its lease to run out)
        progress.update(judged.get(), left.total());
        Thread.sleep(500);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Tells the progress, counting the queue at most twice a second (a query over the queue). */
  private void report(Progress progress, int judged, java.util.concurrent.atomic.AtomicLong last) {
    long now = System.nanoTime();
    long before = last.get();
    if (now - before >= 500_000_000L && last.compareAndSet(before, now)) {
      progress.update(judged, service.depth().total());
    }
  }

  private static void waitFor(Future<?> f) throws InterruptedException {
    try {
      f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("the analysis failed: " + e.getCause().getMessage(), e);
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public synchronized void close() {
    running = false;
    // the threads finish the batch in hand rather than being interrupted: an interrupt inside the
    // embedded database's file I/O closes its channel, and with it the database for the process
    scheduler.shutdown();
    if (workers != null) {
      workers.shutdown();
    }
    try {
      if (workers != null && !workers.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("analysis workers still busy after 30 s: interrupted");
        workers.shutdownNow();
      }
      if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
