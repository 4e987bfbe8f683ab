package cn.hinews.core.analysis.candidates;

/**
 * How the parts of a candidate's score weigh, and the diversification.
 *
 * @param relevance weight of the relevance score
 * @param authority weight of the outlet's authority
 * @param reprints weight of the reprint signal (1 − 1/(1 + reprints))
 * @param freshness weight of the position in the period
 * @param lambda MMR: 1 ranks by score alone, lower values push down topics already shown
 * @param minRelevance clusters whose original scores below this are left out
 */
public record RankWeights(
    double relevance,
    double authority,
    double reprints,
    double freshness,
    double lambda,
    double minRelevance) {
  public static RankWeights standard() {
    return new RankWeights(0.6, 0.15, 0.15, 0.1, 0.75, 0.2);
  }
}
