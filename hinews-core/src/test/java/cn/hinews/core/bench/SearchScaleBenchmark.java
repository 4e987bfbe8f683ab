package cn.hinews.core.bench;

import cn.hinews.core.analysis.stats.PeriodCounts;
import cn.hinews.core.analysis.stats.PeriodStats;
import cn.hinews.core.analysis.stats.StoryCounts;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.Period;
import cn.hinews.core.search.OpenSearchServer;
import cn.hinews.core.search.SearchDoc;
import cn.hinews.core.search.SearchIndex;
import cn.hinews.core.search.SearchIndexes;
import cn.hinews.core.search.SearchQuery;
import cn.hinews.core.store.JudgedFacts;
import cn.hinews.core.store.Judgement.TermKind;
import cn.hinews.core.store.Store;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Search and 统计 at scale in each engine: N articles (sentences of real Chinese news, a date in
 * 2025, an outlet, a judgement's facts: topic, tone, keywords, policies, organisations, events) put
 * into Lucene (on disk) and OpenSearch (the integ-test server, 512 MB heap), and into H2 as stored
 * judgements; then realistic Chinese queries timed one by one in each engine (p50/p99), 统计 of the
 * year and one spike check's story counts in SQL and as OpenSearch aggregations. Args: articles
 * (20,000), queries (1,000); {@code -Dbench.lucene=false} leaves Lucene out.
 */
public final class SearchScaleBenchmark {
  private static final String[] OUTLETS = {
    "人民网", "新华网", "央广网", "光明网", "中国网", "北京日报", "新京报", "国家卫生健康委", "北京市卫生健康委", "中国政府网", "健康报", "澎湃新闻"
  };
  private static final String[] TOPICS = {
    "smart-hospital",
    "medical-ai",
    "data-security",
    "internet-hospital",
    "health-insurance",
    "public-health",
    "emr",
    "telemedicine",
    "policy",
    "primary-care",
    ""
  };
  private static final String[] TONES = {"POSITIVE", "NEUTRAL", "NEGATIVE"};
  private static final String[] QUERIES = {
    "智慧医院", "互联网医院", "医疗 大模型", "电子病历", "数据安全", "医保 支付", "分级诊疗", "人工智能 OR 大模型", "远程医疗",
    "\"公立医院\"", "疫苗 NOT 流感", "家庭医生 签约", "医疗数据 安全", "健康 管理", "卫生健康委", "中医药", "医疗器械", "基层 医疗",
    "信息化 建设", "疾病 预防"
  };
  private static final LocalDate YEAR = LocalDate.of(2025, 1, 1);

  private SearchScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    List<String> sentences =
        SearchBenchmark.sentences(
            List.of(
                Path.of("../shared/datasets/zh-web-content-extraction/cleaned"),
                Path.of("../shared/seeds")));
    Random random = new Random(20251203);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      vocabulary.add(SearchBenchmark.word(sentences, random));
    }
    List<SearchQuery> qs = queries(sentences, random, queries);
    System.out.printf(Locale.ROOT, "%d articles, %d queries%n", n, qs.size());
    // -Dbench.lucene=false: OpenSearch and SQL only (the spike baselines and 统计 at a million)
    boolean withLucene = Boolean.parseBoolean(System.getProperty("bench.lucene", "true"));
    Path dir = Files.createTempDirectory("hinews-search-scale");
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
        SearchIndex lucene = SearchIndexes.lucene(dir.resolve("lucene"));
        SearchIndex os =
            SearchIndexes.openSearch(
                URI.create(OpenSearchServer.shared().url()), "bench", ChineseNlp.hanlp())) {
      long[] indexing = new long[3];
      List<SearchDoc> batch = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        batch.add(doc(i, sentences, vocabulary, random));
        if (batch.size() == 2_000 || i == n - 1) {
          long t = System.nanoTime();
          if (withLucene) {
            lucene.put(batch);
          }
          indexing[0] += System.nanoTime() - t;
          t = System.nanoTime();
          os.put(batch);
          indexing[1] += System.nanoTime() - t;
          t = System.nanoTime();
          JudgementRows.insert(store, batch);
          indexing[2] += System.nanoTime() - t;
          batch.clear();
          System.out.printf(Locale.ROOT, "… %d%n", i + 1);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "indexed: Lucene %.1f s, OpenSearch %.1f s (HanLP and the server), H2 judgements %.1f s%n",
          indexing[0] / 1e9,
          indexing[1] / 1e9,
          indexing[2] / 1e9);
      if (withLucene) {
        latency("Lucene", lucene, qs);
      }
      latency("OpenSearch", os, qs);
      Period year = new Period(YEAR, YEAR.plusYears(1).minusDays(1));
      Map<String, String> names = Map.of();
      PeriodCounts sql = PeriodCounts.sql(store);
      PeriodCounts aggregations = os.periodCounts().orElseThrow();
      PeriodStats a = PeriodStats.of(sql, year, names);
      PeriodStats b = PeriodStats.of(aggregations, year, names);
      System.out.printf(
          Locale.ROOT,
          "统计 of 2025 (total %d): the same figures in both: %s%n",
          a.total(),
          a.equals(b));
      System.out.printf(
          Locale.ROOT,
          "统计 of a year: SQL (H2) median %.0f ms; OpenSearch aggregations median %.0f ms%n",
          median(() -> PeriodStats.of(sql, year, names)),
          median(() -> PeriodStats.of(aggregations, year, names)));
      spikeCounts(StoryCounts.sql(store), os.storyCounts().orElseThrow());
      os.clear();
    } finally {
      new ProcessBuilder("rm", "-rf", dir.toString()).inheritIO().start().waitFor();
    }
  }

  /**
   * What one spike check counts (the stories of every watched kind per day over the baseline's 14
   * days and today, and over the last 6 hours) on the year's last day, in SQL and as aggregations.
   */
  private static void spikeCounts(StoryCounts sql, StoryCounts aggregations) {
    LocalDate today = YEAR.plusYears(1).minusDays(1);
    java.time.LocalDateTime since = today.atTime(18, 0);
    List<String> kinds = List.of("TOPIC", "KEYWORD", "ORGANISATION", "PRODUCT", "POLICY", "EVENT");
    Supplier<List<Object>> bySql = () -> check(sql, kinds, today, since);
    Supplier<List<Object>> byServer = () -> check(aggregations, kinds, today, since);
    List<Object> a = bySql.get();
    List<Object> b = byServer.get();
    System.out.printf(
        Locale.ROOT,
        "spike baselines (%d term-days): the same figures in both: %s%n",
        a.size(),
        a.equals(b));
    System.out.printf(
        Locale.ROOT,
        "one spike check's counts: SQL (H2) median %.0f ms; OpenSearch aggregations median %.0f ms%n",
        median(bySql::get),
        median(byServer::get));
  }

  private static List<Object> check(
      StoryCounts counts, List<String> kinds, LocalDate today, java.time.LocalDateTime since) {
    List<Object> out = new ArrayList<>();
    for (String kind : kinds) {
      counts.perDay(kind, today.minusDays(14), today).stream()
          .sorted(
              java.util.Comparator.comparing(cn.hinews.core.store.AlertRepository.TermDay::term)
                  .thenComparing(cn.hinews.core.store.AlertRepository.TermDay::day))
          .forEach(out::add);
      counts.since(kind, since).stream()
          .sorted(
              java.util.Comparator.comparing(cn.hinews.core.store.AlertRepository.TermCount::term))
          .forEach(out::add);
    }
    return out;
  }

  private static SearchDoc doc(int i, List<String> sentences, List<String> words, Random r) {
    StringBuilder body = new StringBuilder();
    int len = 8 + r.nextInt(25);
    for (int s = 0; s < len; s++) {
      body.append(sentences.get(r.nextInt(sentences.size())));
      if (s % 4 == 3) {
        body.append("\n\n");
      }
    }
    String title = sentences.get(r.nextInt(sentences.size()));
    title = title.length() > 40 ? title.substring(0, 40) : title;
    LocalDate day = YEAR.plusDays(r.nextInt(365));
    String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
    String kind = outlet.contains("委") || outlet.contains("政府") ? "government" : "media";
    String topic = TOPICS[r.nextInt(TOPICS.length)];
    Map<TermKind, List<String>> terms = new EnumMap<>(TermKind.class);
    terms.put(TermKind.KEYWORD, pick(words, 0, 3000, 5, r));
    terms.put(TermKind.POLICY, pick(words, 0, 150, r.nextInt(2), r));
    terms.put(TermKind.ORGANISATION, pick(words, 150, 400, r.nextInt(3), r));
    terms.put(TermKind.EVENT, pick(words, 400, 410, r.nextInt(4) == 0 ? 1 : 0, r));
    terms.put(TermKind.PRODUCT, pick(words, 410, 440, r.nextInt(3) == 0 ? 1 : 0, r));
    terms.values().removeIf(List::isEmpty);
    JudgedFacts facts =
        new JudgedFacts(
            Optional.of(day),
            topic,
            TONES[r.nextInt(TONES.length)],
            kind,
            outlet,
            Math.round(r.nextDouble() * 1000) / 1000.0,
            terms,
            // one story in five a reprint of one of the few before it
            r.nextInt(5) == 0 && i > 10 ? i + 1 - 1 - r.nextInt(10) : i + 1,
            Optional.of(day.atTime(r.nextInt(24), r.nextInt(60))));
    return new SearchDoc(
        "article:" + (i + 1),
        SearchDoc.Type.ARTICLE,
        i + 1,
        "https://example.cn/" + (i + 1) + ".html",
        title,
        body.toString(),
        outlet,
        Optional.of(kind),
        topic.isEmpty() ? List.of() : List.of(topic),
        Optional.of(day),
        Optional.empty(),
        Optional.empty(),
        Optional.of(facts));
  }

  /** {@code count} distinct words of {@code words[from, to)}, the first ones likelier. */
  private static List<String> pick(List<String> words, int from, int to, int count, Random r) {
    Set<String> out = new LinkedHashSet<>();
    for (int tries = 0; out.size() < count && tries < 20; tries++) {
      double u = r.nextDouble();
      out.add(words.get(from + (int) ((to - from) * u * u)));
    }
    return List.copyOf(out);
  }

  private static List<SearchQuery> queries(List<String> sentences, Random r, int count) {
    List<SearchQuery> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text =
          i % 2 == 0
              ? QUERIES[r.nextInt(QUERIES.length)]
              : SearchBenchmark.word(sentences, r) + " " + SearchBenchmark.word(sentences, r);
      boolean filtered = i % 3 == 0;
      LocalDate from = YEAR.plusDays(r.nextInt(300));
      out.add(
          new SearchQuery(
              text,
              Set.of(),
              filtered ? Set.of(OUTLETS[r.nextInt(OUTLETS.length)]) : Set.of(),
              Optional.empty(),
              Set.of(),
              Optional.empty(),
              filtered ? Optional.of(from) : Optional.empty(),
              filtered ? Optional.of(from.plusDays(60)) : Optional.empty(),
              i % 2 == 0 ? SearchQuery.Sort.RELEVANCE : SearchQuery.Sort.DATE,
              r.nextInt(4) == 0 ? 1 : 0,
              10));
    }
    return out;
  }

  private static void latency(String engine, SearchIndex index, List<SearchQuery> qs) {
    for (int i = 0; i < Math.min(200, qs.size()); i++) {
      index.search(qs.get(i));
    }
    long[] micros = new long[qs.size()];
    long hits = 0;
    for (int i = 0; i < qs.size(); i++) {
      long s = System.nanoTime();
      hits += index.search(qs.get(i)).total();
      micros[i] = (System.nanoTime() - s) / 1_000;
    }
    Arrays.sort(micros);
    System.out.printf(
        Locale.ROOT,
        "%s: %d queries (a page of 10, highlighted): p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " %.0f hits a query on average%n",
        engine,
        micros.length,
        micros[micros.length / 2] / 1000.0,
        micros[(int) (micros.length * 0.99)] / 1000.0,
        micros[micros.length - 1] / 1000.0,
        (double) hits / micros.length);
  }

  private static double median(Supplier<?> read) {
    read.get();
    long[] ms = new long[3];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      read.get();
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    Arrays.sort(ms);
    return ms[1];
  }

  /** The same facts as stored judgements in the database (what 统计 counts in SQL). */
  private static final class JudgementRows {
    private JudgementRows() {}

    static void insert(Store store, List<SearchDoc> docs) throws java.sql.SQLException {
      try (Connection c = store.dataSource().getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement article =
                c.prepareStatement(
                    "INSERT INTO article (id, url, title, outlet, source_line, authors, editors,"
                        + " content_hash, created_at) VALUES (?, ?, ?, ?, '', '', '', ?,"
                        + " CURRENT_TIMESTAMP)");
            PreparedStatement analysis =
                c.prepareStatement(
                    "INSERT INTO article_analysis (article_id, revision, model_version, relevance,"
                        + " health, coverage, authority, top_topic, polarity, source_kind, outlet,"
                        + " published_day, published_at, cluster_id, document, analysed_at)"
                        + " VALUES (?, 1, 1, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?, '{}',"
                        + " CURRENT_TIMESTAMP)");
            PreparedStatement term =
                c.prepareStatement(
                    "INSERT INTO article_term (article_id, term_kind, term, published_day,"
                        + " relevance) VALUES (?, ?, ?, ?, ?)")) {
          for (SearchDoc d : docs) {
            JudgedFacts f = d.judged().orElseThrow();
            article.setLong(1, d.articleId());
            article.setString(2, d.url());
            article.setString(3, d.title());
            article.setString(4, d.outlet());
            article.setString(5, String.format(Locale.ROOT, "%064d", d.articleId()));
            article.addBatch();
            analysis.setLong(1, d.articleId());
            analysis.setDouble(2, f.relevance());
            analysis.setString(3, f.topTopic());
            analysis.setString(4, f.polarity());
            analysis.setString(5, f.sourceKind());
            analysis.setString(6, f.outlet());
            analysis.setObject(7, f.day().orElseThrow());
            analysis.setObject(8, f.publishedAt().orElseThrow());
            analysis.setLong(9, f.clusterId());
            analysis.addBatch();
            for (Map.Entry<TermKind, List<String>> e : f.terms().entrySet()) {
              for (String t : e.getValue()) {
                term.setLong(1, d.articleId());
                term.setString(2, e.getKey().name());
                term.setString(3, t);
                term.setObject(4, f.day().orElseThrow());
                term.setDouble(5, f.relevance());
                term.addBatch();
              }
            }
          }
          article.executeBatch();
          analysis.executeBatch();
          term.executeBatch();
        }
        c.commit();
      }
    }
  }
}
