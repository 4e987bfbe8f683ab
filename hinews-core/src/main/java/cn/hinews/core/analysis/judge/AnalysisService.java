package cn.hinews.core.analysis.judge;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.cluster.ReprintDetector;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.OutletAuthority;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.QueueClaim;
import cn.hinews.core.store.QueueDepth;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.StoredJudgement;
import cn.hinews.core.worker.WorkerIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis stage: drains the queue of stored and revised articles, judges each once per
 * revision and relevance model version, and stores the judgement with its reprint cluster. Any
 * number of threads (and processes) may drain at once: rows are leased, and a lease that runs out
 * (a worker killed mid-batch) returns its rows. Thread-safe.
 */
public final class AnalysisService {
  /** Rows leased at a time by one thread. */
  static final int BATCH = 16;

  /** How long a leased row stays with its worker before anyone may take it. */
  static final Duration LEASE = Duration.ofMinutes(2);

  /** After this many failed attempts a row waits a long time (its reason stays visible). */
  static final int MAX_ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

  /** What one batch did. */
  public record BatchResult(int claimed, int judged, int skipped, int failed) {}

  private final Store store;
  private final RelevanceModels models;
  private final Supplier<SourceRegistry> sources;
  private final Clock clock;
  private final String worker;
  private final java.util.concurrent.atomic.AtomicLong judgedHere =
      new java.util.concurrent.atomic.AtomicLong();
  private final ReprintDetector reprints = ReprintDetector.standard();
  private final ReprintClusters clusters = new ReprintClusters(reprints.clusterer());
  private final Judges judges = new Judges(reprints, new AnalysisDocument());
  private final Object authorityLock = new Object();
  private SourceRegistry authorityOf;
  private OutletAuthority authority;

  /**
   * @param worker this worker's name in leases (host and process id)
   */
  public AnalysisService(
      Store store,
      RelevanceModels models,
      Supplier<SourceRegistry> sources,
      Clock clock,
      String worker) {
    this.store = store;
    this.models = models;
    this.sources = sources;
    this.clock = clock;
    this.worker = worker;
  }

  /** The name of this process as a worker: host and process id. */
  public static String processWorkerName() {
    return WorkerIdentity.current().name();
  }

  /**
   * Returns the leases of workers of this host whose process is gone (killed mid-batch), so that
   * their rows need not wait for the lease to run out; how many rows came back.
   */
  public int releaseDeadLeases() {
    Optional<WorkerIdentity> me = WorkerIdentity.of(worker);
    if (me.isEmpty()) {
      return 0; // a name that is no host:pid (a test's) judges nobody
    }
    int released = 0;
    for (String holder : store.read(s -> s.analysisQueue().leaseHolders(clock.instant()))) {
      if (!me.get().goneHere(holder)) {
        continue;
      }
      int n = store.inTransaction(s -> s.analysisQueue().release(holder));
      LOG.info("{} analysis rows of the stopped worker {} are free again", n, holder);
      released += n;
    }
    return released;
  }

  /** Articles this process has judged since it started (a worker's heartbeat says it). */
  public long judged() {
    return judgedHere.get();
  }

  public RelevanceModels models() {
    return models;
  }

  public QueueDepth depth() {
    return store.read(s -> s.analysisQueue().depth(clock.instant()));
  }

  /** Leases one batch, judges it and stores the judgements; zero claimed: nothing is due. */
  public BatchResult runBatch() {
    Instant now = clock.instant();
    List<QueueClaim> claims =
        store.inTransaction(s -> s.analysisQueue().claim(worker, BATCH, now, LEASE));
    if (claims.isEmpty()) {
      return new BatchResult(0, 0, 0, 0);
    }
    RelevanceModels.Current model = models.current();
    List<Work> work = new ArrayList<>(claims.size());
    int failed = 0;
    int skipped = 0;
    for (QueueClaim c : claims) {
      try {
        Optional<Work> w = prepare(c, model);
        if (w.isPresent()) {
          work.add(w.get());
        } else {
          skipped++;
        }
      } catch (RuntimeException e) {
        failed++;
        fail(c, e);
      }
    }
    int judged = storeAll(work, model.version().version());
    judgedHere.addAndGet(judged);
    return new BatchResult(claims.size(), judged, skipped + work.size() - judged, failed);
  }

  /** An article to judge: its revision, and the article unless that revision is judged. */
  private record Pending(int revision, Optional<StoredArticle> article) {}

  /** One article judged and waiting to be stored. */
  private record Work(QueueClaim claim, int revision, cn.hinews.core.store.Judgement judgement) {}

  private Optional<Work> prepare(QueueClaim c, RelevanceModels.Current model) {
    long id = c.articleId();
    int version = model.version().version();
    // one read: the article, its revision, and whether this revision has this version's judgement
    Optional<Pending> pending =
        store.read(
            s ->
                s.articles()
                    .revisionOf(id)
                    .map(
                        rev ->
                            new Pending(
                                rev,
                                s.judgements().judged(id, rev, version)
                                    ? Optional.empty()
                                    : s.articles().findById(id))));
    if (pending.isEmpty() || pending.get().article().isEmpty()) {
      int rev = pending.map(Pending::revision).orElse(c.revision());
      store.inTransaction(s -> done(s, id, rev));
      return Optional.empty();
    }
    int rev = pending.get().revision();
    Optional<StoredArticle> article = pending.get().article();
    Analysis analysis = model.analyzer().analyze(ArticleText.of(article.get().article()));
    SourceRegistry registry = sources.get();
    return Optional.of(
        new Work(
            c,
            rev,
            judges.judge(
                article.get(),
                rev,
                version,
                analysis,
                registry,
                authority(registry),
                clock.instant())));
  }

  private static Void done(cn.hinews.core.store.Session s, long id, int revision) {
    s.analysisQueue().done(id, revision);
    return null;
  }

  /** Stores a batch's judgements in one transaction under the cluster lock; returns how many. */
  private int storeAll(List<Work> work, int version) {
    if (work.isEmpty()) {
      return 0;
    }
    return store.inTransaction(
        s -> {
          s.judgements().lockClusters();
          int stored = 0;
          for (Work w : work) {
            long id = w.claim().articleId();
            if (!s.judgements().judged(id, w.revision(), version)) {
              Optional<StoredJudgement> previous = s.judgements().find(id);
              clusters.store(s, w.judgement(), previous, clock.instant());
              stored++;
            }
            s.analysisQueue().done(id, w.revision());
          }
          return stored;
        });
  }

  private void fail(QueueClaim c, RuntimeException e) {
    LOG.warn("analysis of article {} failed (attempt {})", c.articleId(), c.attempts(), e);
    Duration wait =
        c.attempts() >= MAX_ATTEMPTS
            ? Duration.ofDays(3650)
            : Duration.ofSeconds(30L << Math.min(10, c.attempts()));
    String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
    store.inTransaction(
        s -> {
          s.analysisQueue().failed(c.articleId(), reason, clock.instant().plus(wait));
          return null;
        });
  }

  private OutletAuthority authority(SourceRegistry registry) {
    synchronized (authorityLock) {
      if (authority == null || authorityOf != registry) {
        authority = new OutletAuthority(registry);
        authorityOf = registry;
      }
      return authority;
    }
  }
}
