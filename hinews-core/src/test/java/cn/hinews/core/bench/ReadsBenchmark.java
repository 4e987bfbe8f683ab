package cn.hinews.core.bench;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.judge.AnalysisDocument;
import cn.hinews.core.analysis.relevance.Relevance;
import cn.hinews.core.analysis.relevance.TopicScore;
import cn.hinews.core.analysis.sentiment.Polarity;
import cn.hinews.core.analysis.sentiment.Sentiment;
import cn.hinews.core.analysis.text.Entities;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Judgement;
import cn.hinews.core.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The reads at a volume the analysis would take long to make: {@code N} articles in one week with
 * stored judgements written directly (random topics, relevance, keywords and entities drawn from
 * skewed vocabularies, one in ten joining an earlier article's reprint cluster), then the week's
 * candidates and statistics as {@link ScaleBenchmark} times them. Args: articles (100000), weeks
 * they spread over (1; the reads time the first), the home folder (a new temporary one).
 */
public final class ReadsBenchmark {
  private static final String[] TOPICS = {
    "medical-ai",
    "smart-hospital",
    "internet-hospital",
    "health-data",
    "interoperability",
    "insurance-it",
    "public-health-it",
    "digital-health",
    "security",
    "policy-standards",
    "tcm-it"
  };

  private ReadsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Path home =
        args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("hinews-reads-bench");
    AnalysisDocument documents = new AnalysisDocument();
    Random r = new Random(42);
    long t0 = System.nanoTime();
    try (Store store = Store.open(new DatabaseConfig("", "", ""), home)) {
      List<Long> recent = new ArrayList<>();
      for (int from = 0; from < n; from += 2000) {
        int start = from;
        store.inTransaction(
            s -> {
              for (int i = start; i < Math.min(n, start + 2000); i++) {
                LocalDateTime at =
                    ScaleBenchmark.MONDAY
                        .atTime(8, 0)
                        .plusMinutes((long) i * weeks * 7 * 24 * 60 / n);
                long id =
                    s.articles()
                        .insert(
                            new Article(
                                "https://reads.example.cn/" + i,
                                "第" + i + "号新闻",
                                "模拟" + (i % 300) + "报",
                                "",
                                List.of(),
                                List.of(),
                                Optional.of(new PublishTime(at, Precision.MINUTE, "")),
                                List.of(Block.paragraph("正文" + i)),
                                Optional.empty()))
                        .id();
                Judgement j = judgement(id, at, r, documents);
                long cluster =
                    i % 10 == 9 && !recent.isEmpty() ? recent.get(r.nextInt(recent.size())) : id;
                s.judgements().save(j, cluster, false);
                s.judgements().refreshCluster(cluster);
                s.analysisQueue().done(id, 1);
                recent.add(id);
                if (recent.size() > 500) {
                  recent.remove(0);
                }
              }
              return null;
            });
      }
      System.out.printf(
          Locale.ROOT,
          "%d articles with stored judgements written in %.0f s%n",
          n,
          (System.nanoTime() - t0) / 1e9);
      ScaleBenchmark.reads(store, SourceRegistry.defaults());
      System.out.println("data home: " + home);
    }
  }

  private static Judgement judgement(
      long id, LocalDateTime at, Random r, AnalysisDocument documents) {
    double relevance = Math.pow(r.nextDouble(), 3);
    List<TopicScore> topics = new ArrayList<>();
    int count = relevance > 0.2 ? 1 + r.nextInt(2) : 0;
    for (int t = 0; t < count; t++) {
      topics.add(
          new TopicScore(
              TOPICS[skewed(r, TOPICS.length)], "主题", relevance * (1 - 0.3 * t), List.of("词")));
    }
    List<String> keywords = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      keywords.add("词" + skewed(r, 3000));
    }
    List<String> policies = List.of("《规划" + skewed(r, 300) + "》");
    List<String> orgs = List.of("机构" + skewed(r, 800), "机构" + skewed(r, 800));
    Polarity polarity = Polarity.values()[r.nextInt(3)];
    Analysis a =
        new Analysis(
            new Relevance(relevance, relevance, -1, 0.5, 0.3, topics),
            new Entities(policies, orgs, List.of("北京"), List.of(), List.of()),
            keywords.stream().distinct().toList(),
            new Sentiment(polarity, 0, List.of(), List.of()));
    List<Judgement.Term> terms = new ArrayList<>();
    a.keywords().forEach(k -> terms.add(new Judgement.Term(Judgement.TermKind.KEYWORD, k)));
    policies.forEach(p -> terms.add(new Judgement.Term(Judgement.TermKind.POLICY, p)));
    orgs.forEach(o -> terms.add(new Judgement.Term(Judgement.TermKind.ORGANISATION, o)));
    return new Judgement(
        id,
        1,
        1,
        relevance,
        0.5,
        0.3,
        0.4 + 0.6 * r.nextDouble(),
        topics.isEmpty() ? "" : topics.get(0).id(),
        polarity.name(),
        r.nextBoolean() ? "media" : "government",
        "模拟报",
        Optional.of(at),
        Optional.empty(),
        List.of(),
        topics.stream().map(t -> new Judgement.TopicWeight(t.id(), t.score())).toList(),
        terms,
        documents.write(a),
        Instant.now());
  }

  /** An index in [0, n) drawn with a Zipf-like skew: low indexes are common. */
  private static int skewed(Random r, int n) {
    return (int) Math.min(n - 1, Math.floor(Math.pow(n, r.nextDouble())) - 1);
  }
}
