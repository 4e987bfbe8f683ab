package cn.hinews.app.web.bulletin;

import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.home.HinewsHome;
import java.util.List;
import java.util.Optional;

/** The open drafts an article can be added to, for the article page and the search results. */
public record OpenDrafts(List<Choice> choices) {
  /**
   * One draft: its series, title, number, period and the articles it holds; {@code key} is what the
   * form sends.
   */
  public record Choice(
      String series, String title, int number, Period period, java.util.Set<Long> articles) {
    public Choice {
      articles = java.util.Set.copyOf(articles);
    }

    /** Whether the draft holds the article already. */
    public boolean holds(long article) {
      return articles.contains(article);
    }

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
                        i.period(),
                        // the draft's items from the issue itself, not a rendering of its articles
                        home.store()
                            .read(s -> s.issues().findById(i.id()))
                            .map(
                                issue ->
                                    issue.items().stream()
                                        .map(it -> it.articleId())
                                        .collect(java.util.stream.Collectors.toSet()))
                            .orElse(java.util.Set.of())))
            .toList());
  }

  public boolean isEmpty() {
    return choices.isEmpty();
  }

  /** The drafts that do not hold the article yet (what 加入 may offer). */
  public List<Choice> without(long article) {
    return choices.stream().filter(c -> !c.holds(article)).toList();
  }
}
