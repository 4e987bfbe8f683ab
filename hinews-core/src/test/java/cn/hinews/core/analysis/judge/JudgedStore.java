package cn.hinews.core.analysis.judge;

import cn.hinews.core.analysis.relevance.EvalSet;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Test helpers: stores of real-text articles, their analysis stage, and counts read by SQL. */
public final class JudgedStore {
  private JudgedStore() {}

  /** Judges everything the store's queue holds (the shipped taxonomy and sources). */
  public static void drain(Store store) throws InterruptedException {
    try (AnalysisStage stage = stage(store, Clock.systemUTC())) {
      stage.drain(2, (done, left) -> {});
    }
  }

  static Store open(Path home) {
    return Store.open(new DatabaseConfig("", "", ""), home);
  }

  public static AnalysisStage stage(Store store, Clock clock) {
    return AnalysisStage.over(
        store, ChineseNlp.hanlp(), TaxonomyLoader::defaults, SourceRegistry::defaults, clock);
  }

  /** The paragraphs of the evaluation set's real texts (zh-web-content-extraction, see README). */
  public static List<String> paragraphs() {
    List<String> out = new ArrayList<>();
    for (String raw : EvalSet.rawTexts()) {
      for (String p : raw.split("\\R")) {
        if (p.strip().length() >= 40) {
          out.add(p.strip());
        }
      }
    }
    return out;
  }

  /** {@code n} distinct articles of three real paragraphs each, one a day from {@code first}. */
  public static List<Article> articles(int n, LocalDateTime first, long seed) {
    List<String> paras = paragraphs();
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Block> body = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        body.add(Block.paragraph(paras.get(r.nextInt(paras.size()))));
      }
      body.add(Block.paragraph("第" + i + "篇：本报讯，记者从有关部门获悉，相关工作正在推进。"));
      out.add(
          new Article(
              "https://news.example.cn/2026/" + seed + "/" + i + ".html",
              "测试文章" + i,
              "人民网",
              "",
              List.of(),
              List.of(),
              Optional.of(new PublishTime(first.plusHours(i % 72), Precision.MINUTE, "")),
              body,
              Optional.empty()));
    }
    return out;
  }

  public static void insert(Store store, List<Article> articles) {
    store.inTransaction(
        s -> {
          articles.forEach(a -> s.articles().insert(a));
          return null;
        });
  }

  /** One number from SQL. */
  public static long count(Store store, String sql) {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
