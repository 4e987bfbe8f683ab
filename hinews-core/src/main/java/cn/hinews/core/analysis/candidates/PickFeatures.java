package cn.hinews.core.analysis.candidates;

/**
 * The named features of one candidate, each 0..1 (see {@link PickFeature}).
 *
 * @param kind the kind of article behind {@link #kindValue}
 * @param region how it matches the series' scope, with the reason
 * @param recent the greatest topic similarity to the items of the series' latest issues
 */
public record PickFeatures(
    double relevance,
    double topic,
    SeriesScope.Match region,
    double authority,
    ArticleKind kind,
    double reprints,
    double freshness,
    double recent) {

  /** The value of one feature. */
  public double value(PickFeature f) {
    return switch (f) {
      case RELEVANCE -> relevance;
      case TOPIC -> topic;
      case REGION -> region.level();
      case AUTHORITY -> authority;
      case KIND -> kind.value();
      case REPRINTS -> reprints;
      case FRESHNESS -> freshness;
      case RECENT -> recent;
    };
  }

  /** The value of the kind feature. */
  public double kindValue() {
    return kind.value();
  }
}
