package cn.hinews.app.web.bulletin;

import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.home.HinewsHome;
import java.util.List;
import java.util.Optional;

/** The open drafts an article can be added to, for the article page and the search results. */
public record OpenDrafts(List<Choice> choices) {
  /** One draft: its series, title, number and period; {@code key} is what the form sends. */
  public record Choice(String series, String title, int number, Period period) {
    public String key() {
      return series + ":" + number;
    }

    public String label() {
      return title + " 第" + number + "期（" + period.from() + " 至 " + period.to() + "）";
    }
  }

  public OpenDrafts {
    choices = List.copyOf(choices);
  }

  public static OpenDrafts of(HinewsHome home) {
    return new OpenDrafts(
        home.bulletins().list(Optional.empty()).stream()
            .filter(i -> i.status() == IssueStatus.DRAFT)
            .map(
                i ->
                    new Choice(
                        i.seriesId(),
                        home.config().series(i.seriesId()).map(s -> s.title()).orElse(i.seriesId()),
                        i.number(),
                        i.period()))
            .toList());
  }

  public boolean isEmpty() {
    return choices.isEmpty();
  }
}
