package cn.hinews.core.analysis;

import cn.hinews.core.analysis.relevance.RelevanceScorer;
import cn.hinews.core.analysis.relevance.Taxonomy;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.sentiment.SentimentAnalyzer;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.analysis.text.EntityExtractor;
import cn.hinews.core.analysis.text.KeywordExtractor;
import cn.hinews.core.analysis.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The analysis stage's entry point for one article: normalise, segment, then relevance, entities,
 * keywords and sentiment. Thread-safe.
 */
public final class ArticleAnalyzer {
  private static final int KEYWORDS = 10;
  private final ChineseNlp nlp;
  private final RelevanceScorer relevance;
  private final SentimentAnalyzer sentiment;
  private final EntityExtractor entities = new EntityExtractor();
  private final KeywordExtractor keywords;

  /**
   * @param phrases multi-word terms that keywords keep whole (the taxonomy's terms)
   */
  public ArticleAnalyzer(
      ChineseNlp nlp, RelevanceScorer relevance, SentimentAnalyzer sentiment, Set<String> phrases) {
    this.nlp = nlp;
    this.relevance = relevance;
    this.sentiment = sentiment;
    this.keywords = new KeywordExtractor(phrases);
  }

  /** HanLP, the shipped taxonomy (no learned model) and the shipped sentiment lexicon. */
  public static ArticleAnalyzer standard() {
    return standard(TaxonomyLoader.defaults());
  }

  /** HanLP, this taxonomy (no learned model) and the shipped sentiment lexicon. */
  public static ArticleAnalyzer standard(Taxonomy taxonomy) {
    return new ArticleAnalyzer(
        ChineseNlp.hanlp(),
        RelevanceScorer.taxonomy(taxonomy),
        SentimentAnalyzer.standard(),
        taxonomy.termTexts());
  }

  /**
   * The standard analyzer whose relevance blends in the model trained from the store (the archive's
   * items against editors' rejections), or the taxonomy alone while too few examples exist.
   */
  public static ArticleAnalyzer trained(
      RelevanceTraining training, ChineseNlp nlp, Taxonomy taxonomy) {
    RelevanceScorer scorer =
        training
            .model()
            .<RelevanceScorer>map(
                m -> RelevanceScorer.combined(taxonomy, m, RelevanceTraining.MODEL_WEIGHT))
            .orElseGet(() -> RelevanceScorer.taxonomy(taxonomy));
    return new ArticleAnalyzer(nlp, scorer, SentimentAnalyzer.standard(), taxonomy.termTexts());
  }

  /** The Chinese text processing this analyzer uses. */
  public ChineseNlp nlp() {
    return nlp;
  }

  public Analysis analyze(ArticleText raw) {
    ArticleText text = raw.normalized(nlp);
    List<Token> titleTokens = nlp.tokens(text.title());
    List<Token> bodyTokens = nlp.tokens(text.body());
    List<Token> all = new ArrayList<>(titleTokens.size() + bodyTokens.size());
    all.addAll(titleTokens);
    all.addAll(bodyTokens);
    return new Analysis(
        relevance.score(text, all),
        entities.extract(text.title() + "\n" + text.body(), all),
        keywords.keywords(titleTokens, bodyTokens, KEYWORDS),
        sentiment.analyze(text));
  }
}
