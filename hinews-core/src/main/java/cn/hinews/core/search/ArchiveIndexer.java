package cn.hinews.core.search;

import cn.hinews.core.bulletin.BulletinEntry;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.IssueSummary;
import cn.hinews.core.store.JudgedFacts;
import cn.hinews.core.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Keeps the search index following the database: every stored article and every item of every issue
 * (with the issue's own wording). A rebuild reads everything again; a catch-up takes what came
 * since the bookmark kept with the index (new article ids, revisions, changed issues), so a write
 * by another process (a CLI crawl while {@code serve} runs) reaches the index too.
 */
public final class ArchiveIndexer {
  static final String LAST_ID = "last-article-id";
  static final String SYNCED_AT = "synced-at";
  static final String ISSUES = "issues";

  /**
   * What the index's documents carry, noted when every one was written by this version: {@value
   * #CURRENT_LAYOUT} = the judgement's facts with its reprint cluster and publish time (what the
   * spike baselines count), and punctuation as words of its own (a phrase across it is found). An
   * index written by an earlier version is rebuilt to have them ({@code hinews reindex}).
   */
  static final String LAYOUT = "layout";

  static final String CURRENT_LAYOUT = "2";
  private static final int BATCH = 500;

  /**
   * What a run wrote into the index (a catch-up writes the articles of its two-minute look-back
   * again: written, not necessarily changed).
   */
  public record Report(int articles, int items, Duration took) {}

  private final Store store;
  private final SearchIndex index;
  private final SourceRegistry sources;
  private final BulletinService bulletins;
  private final Clock clock;

  /** An indexer whose articles carry the topics of their stored judgements (for the filter). */
  public ArchiveIndexer(
      Store store,
      SearchIndex index,
      SourceRegistry sources,
      BulletinService bulletins,
      Clock clock) {
    this.store = store;
    this.index = index;
    this.sources = sources;
    this.bulletins = bulletins;
    this.clock = clock;
  }

  /** Empties the index and reads everything again; {@code progress} hears the articles done. */
  public synchronized Report rebuild(IntConsumer progress) {
    long started = System.nanoTime();
    Instant syncStart = clock.instant();
    index.clear();
    long[] walked = articlesAfter(0, progress);
    long last = walked[0];
    int articles = (int) walked[1];
    int items = indexIssues();
    Map<String, String> marks = new HashMap<>();
    marks.put(LAST_ID, Long.toString(last));
    marks.put(SYNCED_AT, syncStart.toString());
    marks.put(ISSUES, issuesFingerprint());
    marks.put(LAYOUT, CURRENT_LAYOUT);
    index.bookmark(marks);
    return new Report(articles, items, Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Whether every article document carries what this version writes (the cluster and time of its
   * judgement), or will at the first catch-up of a new index; false for an index written by an
   * earlier version until it is rebuilt.
   */
  public boolean layoutCurrent() {
    Map<String, String> marks = index.bookmark();
    // nothing written yet: the first catch-up writes everything as this version does
    return CURRENT_LAYOUT.equals(marks.get(LAYOUT)) || marks.isEmpty();
  }

  /**
   * How far the index is behind the database: the stored articles above its bookmark, and when it
   * last caught up.
   */
  public record Lag(long articlesBehind, Optional<Instant> syncedAt) {}

  /** The index's lag now (what {@code hinews status} shows). */
  public Lag lag() {
    Map<String, String> marks = index.bookmark();
    long last = Long.parseLong(marks.getOrDefault(LAST_ID, "0"));
    return new Lag(
        store.read(s -> s.articles().countAfter(last)),
        Optional.ofNullable(marks.get(SYNCED_AT)).map(Instant::parse));
  }

  /** Indexes what the database has that the index has not seen yet. */
  public synchronized Report catchUp() {
    long started = System.nanoTime();
    Instant syncStart = clock.instant();
    Map<String, String> marks = new HashMap<>(index.bookmark());
    if (marks.isEmpty()) {
      // a new index: everything is written now, as this version writes it (an earlier version's
      // index of issue items only has marks, its last article id 0)
      marks.put(LAYOUT, CURRENT_LAYOUT);
    }
    long last = Long.parseLong(marks.getOrDefault(LAST_ID, "0"));
    Instant since = Instant.parse(marks.getOrDefault(SYNCED_AT, Instant.EPOCH.toString()));
    long[] walked = articlesAfter(last, n -> {});
    long walkedFrom = last;
    last = walked[0];
    int articles = (int) walked[1];
    // what was stored or revised since the last catch-up (two minutes back: a transaction that
    // stamped its rows before the last catch-up may have committed after it)
    Instant window = since.minus(Duration.ofMinutes(2));
    long after = 0;
    while (true) {
      long from = after;
      List<StoredArticle> changed = store.read(s -> s.articles().changedSince(window, from, BATCH));
      if (changed.isEmpty()) {
        break;
      }
      // those above the bookmark the walk has just indexed
      List<SearchDoc> docs = docs(changed.stream().filter(a -> a.id() <= walkedFrom).toList());
      index.put(docs);
      articles += docs.size();
      after = changed.get(changed.size() - 1).id();
    }
    int items = 0;
    String fingerprint = issuesFingerprint();
    if (!fingerprint.equals(marks.get(ISSUES))) {
      items = indexIssues();
    }
    if (articles > 0 || !fingerprint.equals(marks.get(ISSUES))) {
      // a commit only when something was written: a catch-up runs before every search
      marks.put(LAST_ID, Long.toString(last));
      marks.put(SYNCED_AT, syncStart.toString());
      marks.put(ISSUES, fingerprint);
      index.bookmark(marks);
    }
    return new Report(articles, items, Duration.ofNanos(System.nanoTime() - started));
  }

  /** Indexes the articles with an id above {@code after}: the last id seen, and how many. */
  private long[] articlesAfter(long after, IntConsumer progress) {
    long last = after;
    int articles = 0;
    while (true) {
      long from = last;
      List<StoredArticle> batch = store.read(s -> s.articles().after(from, BATCH));
      if (batch.isEmpty()) {
        return new long[] {last, articles};
      }
      index.put(docs(batch));
      articles += batch.size();
      last = batch.get(batch.size() - 1).id();
      progress.accept(articles);
    }
  }

  /** The items of the archive: each issue's latest published revision (drafts stay out). */
  private int indexIssues() {
    List<SearchDoc> docs = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (IssueSummary s : bulletins.list(Optional.empty())) {
      if (!seen.add(s.seriesId() + ":" + s.number())) {
        continue;
      }
      Optional<BulletinView> view = bulletins.viewPublished(s.seriesId(), s.number());
      if (view.isEmpty()
          || view.get().issue().status() != cn.hinews.core.domain.IssueStatus.PUBLISHED) {
        continue;
      }
      List<BulletinEntry> entries = view.get().entries();
      for (int pos = 0; pos < entries.size(); pos++) {
        BulletinEntry e = entries.get(pos);
        long articleId = view.get().issue().items().get(pos).articleId();
        docs.add(
            new SearchDoc(
                "item:" + s.seriesId() + ":" + s.number() + ":" + pos,
                SearchDoc.Type.ITEM,
                articleId,
                e.url(),
                e.title(),
                Block.joined(e.body()),
                e.outlet(),
                sources.kindOf(e.url()),
                List.of(),
                e.date(),
                Optional.of(s.seriesId()),
                Optional.of(s.number())));
      }
    }
    index.removeType(SearchDoc.Type.ITEM);
    index.put(docs);
    return docs.size();
  }

  /** Published issues never change (a correction is a new revision): their list is enough. */
  private String issuesFingerprint() {
    StringBuilder b = new StringBuilder();
    for (IssueSummary s : bulletins.list(Optional.empty())) {
      if (s.status() == cn.hinews.core.domain.IssueStatus.PUBLISHED) {
        b.append(s).append('\n');
      }
    }
    return Integer.toHexString(b.toString().hashCode()) + "-" + b.length();
  }

  /** Articles as the index keeps them, with the topics and counted facts of their judgements. */
  private List<SearchDoc> docs(List<StoredArticle> articles) {
    List<Long> ids = articles.stream().map(StoredArticle::id).toList();
    Map<Long, List<String>> topics = store.read(s -> s.judgements().topics(ids));
    Map<Long, JudgedFacts> facts = store.read(s -> s.judgements().facts(ids));
    return articles.stream()
        .map(
            a ->
                doc(a, topics.getOrDefault(a.id(), List.of()))
                    .judged(Optional.ofNullable(facts.get(a.id()))))
        .toList();
  }

  /** An article as the index keeps it. */
  public SearchDoc doc(StoredArticle s, List<String> topics) {
    Article a = s.article();
    return new SearchDoc(
        "article:" + s.id(),
        SearchDoc.Type.ARTICLE,
        s.id(),
        a.url(),
        a.title(),
        Block.joined(a.body()),
        a.outlet(),
        sources.kindOf(a.url()),
        topics,
        a.published().map(PublishTime::date),
        Optional.empty(),
        Optional.empty());
  }
}
