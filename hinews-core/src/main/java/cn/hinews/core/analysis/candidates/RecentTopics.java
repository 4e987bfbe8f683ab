package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import java.util.List;
import java.util.Map;

/**
 * The topics a series carried recently: the topic vectors of the items of its latest published
 * issues before a period (what {@link PickFeature#RECENT} compares against).
 *
 * @param items one unit topic vector per item
 */
public record RecentTopics(List<Map<String, Double>> items) {
  /** Published issues before the period whose items count as recent. */
  public static final int ISSUES = 2;

  public RecentTopics {
    items = items.stream().map(Map::copyOf).toList();
  }

  /** Nothing carried recently. */
  public static RecentTopics none() {
    return new RecentTopics(List.of());
  }

  /** The topics of these items' analyses. */
  public static RecentTopics of(List<Analysis> analyses) {
    return new RecentTopics(analyses.stream().map(Topics::unitVector).toList());
  }

  /** 0..1: the greatest topic similarity of an article to the recent items. */
  public double similarity(Analysis a) {
    Map<String, Double> v = Topics.unitVector(a);
    return items.stream().mapToDouble(i -> Topics.dot(v, i)).max().orElse(0);
  }
}
