package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.RelevanceTraining;
import cn.hinews.core.analysis.cluster.ReprintDetector;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.analysis.text.KeywordExtractor;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidates of an issue from the store: the articles published in the period (less those the
 * series already carried, unless asked), analysed with the relevance model retrained from the
 * published items and the editors' rejections, clustered, ranked and diversified; with the period's
 * hot words. Used by {@code hinews candidates}, the inbox and the automatic drafts.
 */
public final class CandidateService {
  /** One ranking. */
  public record Ranking(
      List<Candidate> candidates,
      int stored,
      RelevanceTraining training,
      List<Map.Entry<String, Integer>> hotWords) {}

  private final Store store;
  private final SourceRegistry sources;
  private final Path home;
  private final ChineseNlp nlp;

  /**
   * @param home the data home (its {@code taxonomy.yml} replaces the shipped one)
   */
  public CandidateService(Store store, SourceRegistry sources, Path home, ChineseNlp nlp) {
    this.store = store;
    this.sources = sources;
    this.home = home;
    this.nlp = nlp;
  }

  public Ranking rank(String series, Period period, boolean includeUsed) {
    List<StoredArticle> articles =
        store.read(s -> s.articles().publishedBetween(period.from(), period.to()));
    int stored = articles.size();
    if (!includeUsed) {
      Set<Long> used = new HashSet<>(store.read(s -> s.decisions().itemArticles(series)));
      articles = articles.stream().filter(a -> !used.contains(a.id())).toList();
    }
    RelevanceTraining training = RelevanceTraining.fromStore(store, nlp);
    CandidateRanker ranker =
        new CandidateRanker(
            ArticleAnalyzer.trained(training, nlp, TaxonomyLoader.forHome(home)),
            ReprintDetector.standard(),
            new OutletAuthority(sources),
            RankWeights.standard());
    List<Candidate> ranked = ranker.rank(articles, period);
    List<Map.Entry<String, Integer>> hot =
        new KeywordExtractor()
            .hotWords(ranked.stream().map(c -> c.analysis().keywords()).toList(), 12);
    return new Ranking(ranked, stored, training, hot);
  }
}
