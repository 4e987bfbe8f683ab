package cn.hinews.core.bulletin;

import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.IssueItem;
import cn.hinews.core.domain.PublishTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item as the issue shows it: the stored article with the editor's changes for this issue
 * applied.
 */
public record BulletinEntry(
    String title, String outlet, String url, Optional<LocalDate> date, List<Block> body) {
  public BulletinEntry {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
    body = List.copyOf(body);
  }

  /**
   * The item's view of the article: its edits win over the article's own fields; a frozen item (of
   * a published issue) shows only its own.
   */
  public static BulletinEntry of(IssueItem item, Article article) {
    return new BulletinEntry(
        item.title().orElse(article.title()),
        item.outlet().orElse(article.outlet()),
        article.url(),
        item.frozen()
            ? item.date()
            : item.date().or(() -> article.published().map(PublishTime::date)),
        item.body().orElse(article.body()));
  }

  /** The item frozen with what this entry shows (publication). */
  IssueItem freeze(long articleId) {
    return IssueItem.frozen(articleId, title, outlet, body, date);
  }
}
