package cn.hinews.core.home;

import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.candidates.CandidateService;
import cn.hinews.core.analysis.candidates.EditorDecisions;
import cn.hinews.core.analysis.candidates.PickModels;
import cn.hinews.core.analysis.candidates.SeriesScope;
import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.judge.Judgements;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.stats.PeriodCounts;
import cn.hinews.core.analysis.stats.StoryCounts;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.archive.BulletinImporter;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.config.SearchConfig;
import cn.hinews.core.crawl.AddressGuard;
import cn.hinews.core.crawl.CrawlListener;
import cn.hinews.core.crawl.Crawler;
import cn.hinews.core.crawl.FetchSettings;
import cn.hinews.core.crawl.Fetcher;
import cn.hinews.core.search.ArchiveIndexer;
import cn.hinews.core.search.SearchIndex;
import cn.hinews.core.search.SearchIndexes;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * One opened data home ({@code $HINEWS_HOME}, default {@code ~/.hinews}): its configuration, its
 * database, and the services over them. The entry point of the core for the CLI and the web app.
 */
public final class HinewsHome implements AutoCloseable {
  /** The configuration file read over the defaults. */
  public static final String CONFIG_FILE = "hinews.yml";

  /** The sources file read over the shipped one. */
  public static final String SOURCES_FILE = "sources.yml";

  private final Path path;
  private final HinewsConfig config;
  private final Store store;
  private final Clock clock;
  private SearchIndex search;
  private ChineseNlp nlp;
  private AnalysisStage analysis;
  private CandidateService candidates;
  private PickModels pickModels;
  private EditorDecisions decisions;
  private cn.hinews.core.manual.ManualArticles manualArticles;
  private Map<String, String> topicNames;
  private final Judgements judgements;
  private ArchiveIndexer indexer;
  private BulletinService bulletins;
  private final Renderers renderers = Renderers.standard();
  private SourceRegistry sources;
  private cn.hinews.core.alert.AlertService alerts;
  private Optional<java.nio.file.attribute.FileTime> sourcesStamp = Optional.empty();
  private final HomeCounts counts;

  private HinewsHome(Path path, HinewsConfig config, Store store, Clock clock) {
    this.path = path;
    this.config = config;
    this.store = store;
    this.counts = new HomeCounts(config.search(), store, this::indexer, this::searchIndex);
    this.clock = clock;
    this.judgements = new Judgements(store);
  }

  /** The home folder named by the environment: {@code HINEWS_HOME}, else {@code ~/.hinews}. */
  public static Path locate(Map<String, String> env, String userHome) {
    String configured = env.get("HINEWS_HOME");
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of(userHome, ".hinews");
  }

  /** Opens a home, creating its folders and database when they are missing. */
  public static HinewsHome open(Path path, Clock clock) {
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data home " + path, e);
    }
    HinewsConfig config = ConfigLoader.load(Optional.of(path.resolve(CONFIG_FILE)));
    Store store = Store.open(config.database(), path);
    return new HinewsHome(path, config, store, clock);
  }

  public Path path() {
    return path;
  }

  public HinewsConfig config() {
    return config;
  }

  public Store store() {
    return store;
  }

  public Clock clock() {
    return clock;
  }

  /** True when this opening created the database: the home was empty. */
  public boolean isNew() {
    return store.createdNow();
  }

  public BulletinImporter importer() {
    return new BulletinImporter(store, config, clock);
  }

  /** The issue workflow (drafts, items, publication), made once. */
  public synchronized BulletinService bulletins() {
    if (bulletins == null) {
      bulletins = new BulletinService(store, config, clock);
      // a published issue goes to its series' subscribers (queued; the alert thread sends it)
      bulletins.onPublished((issue, actor) -> issueMail().send(issue, actor));
    }
    return bulletins;
  }

  /**
   * The sources: the shipped defaults with {@code $HINEWS_HOME/sources.yml} read over them; read
   * again only when that file changed (an admin's edit), the same registry otherwise.
   */
  public synchronized SourceRegistry sources() {
    Path file = path.resolve(SOURCES_FILE);
    Optional<java.nio.file.attribute.FileTime> stamp;
    try {
      stamp = Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the time of " + file, e);
    }
    if (sources == null || !stamp.equals(sourcesStamp)) {
      sources = SourceRegistry.load(Optional.of(file));
      sourcesStamp = stamp;
    }
    return sources;
  }

  /**
   * Each source's health over the last {@code days}, by source id (sources never fetched: absent).
   */
  public java.util.Map<String, cn.hinews.core.store.SourceHealth> sourceHealth(int days) {
    java.util.Map<String, cn.hinews.core.store.SourceHealth> out = new java.util.HashMap<>();
    for (cn.hinews.core.store.SourceHealth h :
        store.read(s -> s.fetchLog().health(clock.instant(), days, config.crawl().silentAfter()))) {
      out.put(h.sourceId(), h);
    }
    return out;
  }

  /** The fetch settings of the configuration. */
  public FetchSettings fetchSettings() {
    return HomeCrawl.settings(config.crawl());
  }

  /** The plain HTTP fetcher and, when Chromium is there, the browser one. */
  public Fetchers fetchers(boolean allowPrivateAddresses) {
    return HomeCrawl.fetchers(config.crawl(), allowPrivateAddresses);
  }

  /** The fetchers of a crawl. */
  public record Fetchers(Fetcher http, Optional<Fetcher> browser) {}

  /** A crawler over this home's store. */
  public Crawler crawler(
      SourceRegistry sources, boolean allowPrivateAddresses, CrawlListener listener) {
    return HomeCrawl.crawler(
        store, config.crawl(), sources, fetchers(allowPrivateAddresses), clock, listener);
  }

  /**
   * The search index (the configuration's {@code search.engine}), opened on first use and closed
   * with the home. Lucene: under {@code index/}; one process writes it, another (a CLI search while
   * serve runs) gets it read-only. OpenSearch: the server's index {@code search.index}.
   */
  public synchronized SearchIndex searchIndex() {
    if (search == null && config.search().engine() == SearchConfig.Engine.OPENSEARCH) {
      // a server: every process reads and writes it, HanLP cuts the words on this side
      search = SearchIndexes.openSearch(config.search().url(), config.search().index(), nlp());
    }
    if (search == null) {
      try {
        search = SearchIndexes.lucene(path.resolve("index"));
      } catch (IllegalStateException heldElsewhere) {
        // serve holds it: search what it writes, without writing
        search = SearchIndexes.readOnly(path.resolve("index"));
      }
    }
    return search;
  }

  /**
   * Keeps the search index following this home's database (topics from the stored judgements); one
   * indexer per home, so that its lock guards every catch-up of this process.
   */
  public synchronized ArchiveIndexer indexer() {
    if (indexer == null) {
      indexer = new ArchiveIndexer(store, searchIndex(), sources(), bulletins(), clock);
    }
    return indexer;
  }

  /**
   * Where 统计 is counted: the database, or (search.engine: opensearch) the server's aggregations
   * over the index, caught up with the database first.
   */
  public PeriodCounts periodCounts() {
    return counts.period();
  }

  /**
   * Where the spike baselines count stories: as {@link #periodCounts}; SQL for an index written by
   * an earlier version until {@code hinews reindex}.
   */
  public StoryCounts storyCounts() {
    return counts.stories();
  }

  /** The Chinese text processing (HanLP), loaded once: it takes a moment. */
  public synchronized ChineseNlp nlp() {
    if (nlp == null) {
      nlp = ChineseNlp.hanlp();
    }
    return nlp;
  }

  /**
   * The analysis stage of this home: its queue, the relevance model's versions (this home's
   * taxonomy), the workers. Made once; {@link AnalysisStage#start} runs workers in the background.
   */
  public synchronized AnalysisStage analysis() {
    if (analysis == null) {
      analysis =
          AnalysisStage.over(
              store,
              nlp(),
              () -> TaxonomyLoader.forHome(path),
              this::sources,
              clock,
              version -> pickModels().refresh(version));
    }
    return analysis;
  }

  /** Editors' decisions on candidates (rejections and their undoing), audited. */
  public synchronized EditorDecisions decisions() {
    if (decisions == null) {
      decisions = new EditorDecisions(store, analysis(), clock);
    }
    return decisions;
  }

  /** Published issues to their series' subscribers, through the alert service's outbox. */
  public cn.hinews.core.alert.IssueMail issueMail() {
    return new cn.hinews.core.alert.IssueMail(
        store, bulletins(), renderers, clock, config.mail().issueLink());
  }

  /**
   * The alerts of this home (rules, evaluation, delivery), made once; webhooks and the SMTP host go
   * through the crawler's address guard ({@code allowPrivateAddresses} or the configuration's
   * {@code crawl.allow-private-addresses} lets private ones through, for tests).
   */
  public synchronized cn.hinews.core.alert.AlertService alerts(boolean allowPrivateAddresses) {
    if (alerts == null) {
      AddressGuard guard =
          AddressGuard.standard(allowPrivateAddresses || config.crawl().allowPrivateAddresses());
      alerts =
          cn.hinews.core.alert.AlertService.over(
              store,
              cn.hinews.core.alert.channel.Channels.standard(config.mail(), guard, clock),
              guard,
              this::topicNames,
              issueMail(),
              cn.hinews.core.alert.AlertService.BACKOFF,
              clock,
              cn.hinews.core.worker.WorkerIdentity.current(),
              this::storyCounts);
    }
    return alerts;
  }

  /** The alerts with the configuration's address guard. */
  public cn.hinews.core.alert.AlertService alerts() {
    return alerts(false);
  }

  /** The stored judgement of an article, as every screen shows it. */
  public Judgements judgements() {
    return judgements;
  }

  /** The ranked candidates of a period, read from the stored judgements. */
  public synchronized CandidateService candidates() {
    if (candidates == null) {
      Map<String, SeriesScope> scopes = scopes();
      candidates =
          new CandidateService(
              store,
              this::sources,
              clock,
              id -> scopes.getOrDefault(id, SeriesScope.national()),
              () -> pickModels().current());
    }
    return candidates;
  }

  /** Articles an editor adds by URL (fetched live through the crawler's guards) or by pasting. */
  public synchronized cn.hinews.core.manual.ManualArticles manualArticles() {
    if (manualArticles == null) {
      manualArticles =
          new cn.hinews.core.manual.ManualArticles(
              store,
              fetchers(false).http(),
              cn.hinews.core.extract.Extractors.standard(sources(), clock),
              this::sources,
              clock);
    }
    return manualArticles;
  }

  /** Each series' scope (its region and the region's places), by series id; national if unknown. */
  private Map<String, SeriesScope> scopes() {
    Map<String, SeriesScope> out = new java.util.HashMap<>();
    for (var s : config.allSeries()) {
      out.put(s.id(), SeriesScope.of(s));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The pick model's versions: what the candidates' ranking weighs, retrained after the relevance
   * model by the analysis stage.
   */
  public synchronized PickModels pickModels() {
    if (pickModels == null) {
      pickModels = new PickModels(store, config::allSeries, this::sources, candidates(), clock);
    }
    return pickModels;
  }

  /**
   * The analyzer of the relevance model in use: what scored the stored articles, for a text that is
   * not stored ({@code hinews analyze}).
   */
  public ArticleAnalyzer analyzer() {
    return analysis().service().models().current().analyzer();
  }

  /** The topic names of this home's taxonomy, by topic id. */
  public synchronized Map<String, String> topicNames() {
    if (topicNames == null) {
      Map<String, String> names = new java.util.LinkedHashMap<>();
      for (var t : TaxonomyLoader.forHome(path).topics()) {
        names.put(t.id(), t.name());
      }
      topicNames = java.util.Collections.unmodifiableMap(names);
    }
    return topicNames;
  }

  public Renderers renderers() {
    return renderers;
  }

  @Override
  public synchronized void close() {
    if (alerts != null) {
      alerts.close();
    }
    if (analysis != null) {
      analysis.close();
    }
    if (search != null) {
      search.close();
      search = null;
    }
    store.close();
  }
}
