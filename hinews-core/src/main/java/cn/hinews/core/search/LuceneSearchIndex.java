package cn.hinews.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;

/**
 * Lucene 9 with the smartcn analyzer on titles and bodies (offsets kept for highlighting), plain
 * terms for outlet, kind, topics and series, the publish date as a point and a sort value.
 */
final class LuceneSearchIndex implements SearchIndex {
  static final String KEY = "key";
  static final String TYPE = "type";
  static final String ARTICLE = "article_id";
  static final String URL = "url";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String OUTLET = "outlet";
  static final String KIND = "kind";
  static final String TOPIC = "topic";
  static final String SERIES = "series";
  static final String ISSUE = "issue";
  static final String DATE = "date";
  static final String DATE_SORT = "date_sort";

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Directory directory;
  private final Analyzer analyzer = new SmartChineseAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final QueryReader queries;

  LuceneSearchIndex(Directory directory) throws IOException {
    this(directory, true);
  }

  /**
   * @param writable false: search what another process writes (it holds the write lock)
   */
  LuceneSearchIndex(Directory directory, boolean writable) throws IOException {
    this.directory = directory;
    this.writer =
        writable
            ? new IndexWriter(
                directory,
                new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND))
            : null;
    this.searchers =
        writable ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    this.queries = new QueryReader(analyzer);
  }

  @Override
  public boolean writable() {
    return writer != null;
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the search index is open read-only here");
    }
    return writer;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  @Override
  public void put(Collection<SearchDoc> docs) {
    writer(); // a read-only index refuses, even nothing
    if (docs.isEmpty()) {
      return; // no commit for nothing
    }
    try {
      for (SearchDoc d : docs) {
        writer().updateDocument(new Term(KEY, d.key()), document(d));
      }
      writer().commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public void remove(Collection<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    try {
      for (String k : keys) {
        writer().deleteDocuments(new Term(KEY, k));
      }
      writer().commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public void removeType(SearchDoc.Type type) {
    try {
      writer().deleteDocuments(new Term(TYPE, type.name()));
      writer().commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public void clear() {
    try {
      writer().deleteAll();
      writer().commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public Map<String, String> bookmark() {
    Map<String, String> out = new java.util.HashMap<>();
    if (writer == null) {
      return out;
    }
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  @Override
  public void bookmark(Map<String, String> data) {
    try {
      writer().setLiveCommitData(data.entrySet());
      writer().commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  private static Document document(SearchDoc d) {
    Document doc = new Document();
    doc.add(new StringField(KEY, d.key(), Field.Store.YES));
    doc.add(new StringField(TYPE, d.type().name(), Field.Store.YES));
    doc.add(new StoredField(ARTICLE, d.articleId()));
    doc.add(new StoredField(URL, d.url()));
    doc.add(new Field(TITLE, d.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(BODY, d.body(), TEXT_WITH_OFFSETS));
    doc.add(new StringField(OUTLET, d.outlet(), Field.Store.YES));
    d.sourceKind().ifPresent(k -> doc.add(new StringField(KIND, k, Field.Store.YES)));
    for (String t : d.topics()) {
      doc.add(new StringField(TOPIC, t, Field.Store.YES));
    }
    d.series().ifPresent(s -> doc.add(new StringField(SERIES, s, Field.Store.YES)));
    d.issueNumber().ifPresent(n -> doc.add(new StoredField(ISSUE, n)));
    if (d.date().isPresent()) {
      long day = d.date().get().toEpochDay();
      doc.add(new LongPoint(DATE, day));
      doc.add(new NumericDocValuesField(DATE_SORT, day));
      doc.add(new StoredField(DATE, day));
    }
    return doc;
  }

  @Override
  public SearchResult search(SearchQuery q) {
    long started = System.nanoTime();
    Query query = queries.read(q);
    IndexSearcher searcher;
    try {
      if (writer == null) {
        searchers.maybeRefresh(); // what the writing process committed since
      }
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index: " + e.getMessage(), e);
    }
    try {
      if (q.page() >= 1000) {
        throw new IllegalArgumentException(
            "page " + (q.page() + 1) + " is beyond the last one searched (1000)");
      }
      int n = (q.page() + 1) * q.size();
      SortField byDate = new SortField(DATE_SORT, SortField.Type.LONG, true);
      byDate.setMissingValue(Long.MIN_VALUE);
      Sort sort =
          q.sort() == SearchQuery.Sort.DATE
              ? new Sort(byDate, SortField.FIELD_SCORE)
              : new Sort(SortField.FIELD_SCORE, byDate);
      TopDocs top;
      try {
        top = searcher.search(query, n, sort, true);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new IllegalArgumentException(
            "the query expands to more than "
                + IndexSearcher.getMaxClauseCount()
                + " terms; use fewer or longer words",
            e);
      }
      long total =
          top.totalHits.relation == TotalHits.Relation.EQUAL_TO
              ? top.totalHits.value
              : searcher.count(query);
      ScoreDoc[] page =
          java.util.Arrays.copyOfRange(
              top.scoreDocs,
              Math.min(q.page() * q.size(), top.scoreDocs.length),
              top.scoreDocs.length);
      TopDocs pageDocs = new TopDocs(top.totalHits, page);
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              .withMaxLength(200_000)
              .build();
      String[] bodies = highlighter.highlight(BODY, query, pageDocs, 2);
      UnifiedHighlighter titles =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "", true))
              .withBreakIterator(() -> new org.apache.lucene.search.uhighlight.WholeBreakIterator())
              .build();
      String[] heads = titles.highlight(TITLE, query, pageDocs, 1);
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        Document d = searcher.storedFields().document(page[i].doc);
        hits.add(hit(d, page[i], heads[i], bodies[i]));
      }
      return new SearchResult(total, hits, (System.nanoTime() - started) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search: " + e.getMessage(), e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release a searcher: " + e.getMessage(), e);
      }
    }
  }

  private static SearchResult.Hit hit(Document d, ScoreDoc sd, String title, String snippet) {
    String body = d.get(BODY);
    String plainTitle = org.jsoup.nodes.Entities.escape(d.get(TITLE));
    String start =
        org.jsoup.nodes.Entities.escape(body.length() > 120 ? body.substring(0, 120) + "…" : body);
    Number day = d.getField(DATE) == null ? null : d.getField(DATE).numericValue();
    Number issue = d.getField(ISSUE) == null ? null : d.getField(ISSUE).numericValue();
    float score = sd.score;
    if (Float.isNaN(score) && sd instanceof org.apache.lucene.search.FieldDoc fd) {
      for (Object f : fd.fields) {
        if (f instanceof Float s) {
          score = s;
        }
      }
    }
    return new SearchResult.Hit(
        d.get(KEY),
        SearchDoc.Type.valueOf(d.get(TYPE)),
        d.getField(ARTICLE).numericValue().longValue(),
        d.get(URL),
        title == null ? plainTitle : title,
        snippet == null || snippet.isBlank() ? start : snippet,
        d.get(OUTLET),
        Optional.ofNullable(day).map(n -> LocalDate.ofEpochDay(n.longValue())),
        Optional.ofNullable(d.get(SERIES)),
        Optional.ofNullable(issue).map(Number::intValue),
        score);
  }

  @Override
  public long count() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
    }
  }
}
