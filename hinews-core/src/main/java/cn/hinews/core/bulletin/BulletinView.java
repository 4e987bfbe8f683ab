package cn.hinews.core.bulletin;

import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.Series;
import java.util.List;
import java.util.Objects;

/** Everything a renderer needs for one issue: the series, the issue, and its resolved entries. */
public record BulletinView(Series series, Issue issue, List<BulletinEntry> entries) {
  public BulletinView {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(issue, "issue");
    entries = List.copyOf(entries);
    if (!series.id().equals(issue.seriesId())) {
      throw new IllegalArgumentException(
          "issue of series " + issue.seriesId() + " given with series " + series.id());
    }
  }
}
