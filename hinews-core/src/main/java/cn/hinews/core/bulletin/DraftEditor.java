package cn.hinews.core.bulletin;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.IssueItem;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The composer's operations on a draft: add, move, remove and edit items (title, outlet, body and
 * date for this issue only; the stored article stays as it is), change the number and period. A
 * published issue refuses all of them.
 */
public final class DraftEditor {
  private final Store store;

  public DraftEditor(Store store) {
    this.store = store;
  }

  private Issue change(String series, int number, UnaryOperator<Issue> edit) {
    return store.inTransaction(
        s -> {
          Issue issue =
              s.issues()
                  .find(series, number)
                  .orElseThrow(() -> new BulletinException("no issue " + series + " " + number));
          if (issue.status() != IssueStatus.DRAFT) {
            throw new BulletinException(
                "issue "
                    + series
                    + " "
                    + number
                    + " is published; a published issue never changes");
          }
          Issue changed = edit.apply(issue);
          if (changed.number() != number && s.issues().find(series, changed.number()).isPresent()) {
            throw new BulletinException(
                "issue " + series + " " + changed.number() + " exists already");
          }
          s.issues().replaceItems(issue.id().orElseThrow(), changed);
          return changed;
        });
  }

  /** Adds a stored article at the end (an article already in the issue is refused). */
  public Issue add(String series, int number, long articleId) {
    Optional<StoredArticle> article = store.read(s -> s.articles().findById(articleId));
    if (article.isEmpty()) {
      throw new BulletinException("no stored article " + articleId);
    }
    return change(
        series,
        number,
        issue -> {
          if (issue.items().stream().anyMatch(i -> i.articleId() == articleId)) {
            throw new BulletinException("the article is in the issue already");
          }
          List<IssueItem> items = new ArrayList<>(issue.items());
          items.add(IssueItem.of(articleId));
          return issue.withItems(items);
        });
  }

  /** Moves the item at {@code from} (0-based) to {@code to}. */
  public Issue move(String series, int number, int from, int to) {
    return change(
        series,
        number,
        issue -> {
          List<IssueItem> items = new ArrayList<>(issue.items());
          check(items, from);
          check(items, to);
          items.add(to, items.remove(from));
          return issue.withItems(items);
        });
  }

  public Issue remove(String series, int number, int position) {
    return change(
        series,
        number,
        issue -> {
          List<IssueItem> items = new ArrayList<>(issue.items());
          check(items, position);
          items.remove(position);
          return issue.withItems(items);
        });
  }

  /**
   * Edits an item for this issue: a blank value gives the article's own back; the body is
   * paragraphs separated by blank lines.
   */
  public Issue edit(
      String series,
      int number,
      int position,
      String title,
      String outlet,
      String body,
      Optional<LocalDate> date) {
    return change(
        series,
        number,
        issue -> {
          List<IssueItem> items = new ArrayList<>(issue.items());
          check(items, position);
          IssueItem old = items.get(position);
          items.set(
              position,
              new IssueItem(
                  old.articleId(),
                  blankToEmpty(title),
                  blankToEmpty(outlet),
                  blankToEmpty(body).map(DraftEditor::paragraphs),
                  date));
          return issue.withItems(items);
        });
  }

  /** A new number, issue date or period before publishing. */
  public Issue reschedule(String series, int number, int newNumber, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new BulletinException("the period ends " + to + " before it starts " + from);
    }
    return change(
        series,
        number,
        issue ->
            new Issue(
                issue.id(),
                issue.seriesId(),
                newNumber,
                issue.revision(),
                to,
                new Period(from, to),
                issue.items(),
                issue.status(),
                issue.publishedAt()));
  }

  private static void check(List<IssueItem> items, int position) {
    if (position < 0 || position >= items.size()) {
      throw new BulletinException("no item " + (position + 1) + " in the issue");
    }
  }

  private static Optional<String> blankToEmpty(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  static List<Block> paragraphs(String text) {
    List<Block> out = new ArrayList<>();
    for (String p : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      if (!p.isBlank()) {
        out.add(new Block(BlockKind.PARAGRAPH, p.strip().replace('\n', ' ')));
      }
    }
    return out;
  }
}
