package cn.hinews.core.bulletin;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.IssueItem;
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
    return change(series, number, (session, issue) -> edit.apply(issue));
  }

  private Issue change(
      String series,
      int number,
      java.util.function.BiFunction<cn.hinews.core.store.Session, Issue, Issue> edit) {
    return store.inTransaction(
        s -> {
          Issue issue = BulletinService.requireDraft(s, series, number);
          Issue changed = edit.apply(s, issue);
          if (changed.number() != number && s.issues().find(series, changed.number()).isPresent()) {
            throw new BulletinException("第" + changed.number() + "期已经存在，请换一个期号");
          }
          s.issues().replaceItems(issue.id().orElseThrow(), changed);
          return changed;
        });
  }

  /** Adds a stored article at the end (an article already in the issue is refused). */
  public Issue add(String series, int number, long articleId) {
    Optional<StoredArticle> article = store.read(s -> s.articles().findById(articleId));
    if (article.isEmpty()) {
      throw new BulletinException("找不到编号为 " + articleId + " 的文章");
    }
    return change(
        series,
        number,
        issue -> {
          if (issue.items().stream().anyMatch(i -> i.articleId() == articleId)) {
            throw new BulletinException("这篇文章已经在本期中");
          }
          List<IssueItem> items = new ArrayList<>(issue.items());
          items.add(IssueItem.of(articleId));
          return issue.withItems(items);
        });
  }

  /**
   * Moves the item at {@code from} (0-based) to {@code to}; {@code article} is the article the
   * editor saw there (a page that is out of date is refused rather than moving another item).
   */
  public Issue move(String series, int number, int from, int to, long article) {
    return change(
        series,
        number,
        issue -> {
          List<IssueItem> items = new ArrayList<>(issue.items());
          check(items, from, article);
          check(items, to);
          items.add(to, items.remove(from));
          return issue.withItems(items);
        });
  }

  public Issue remove(String series, int number, int position, long article) {
    return change(
        series,
        number,
        issue -> {
          List<IssueItem> items = new ArrayList<>(issue.items());
          check(items, position, article);
          items.remove(position);
          return issue.withItems(items);
        });
  }

  /**
   * Edits an item for this issue only. A value equal to the article's own (or blank) is no edit, so
   * that a title fixed alone leaves the body's blocks, the outlet and the date to the article; the
   * body, when changed, is paragraphs separated by blank lines.
   */
  public Issue edit(
      String series,
      int number,
      int position,
      long article,
      String title,
      String outlet,
      String body,
      Optional<LocalDate> date) {
    checkLengths(title, outlet, body);
    return change(
        series,
        number,
        (session, issue) -> {
          List<IssueItem> items = new ArrayList<>(issue.items());
          check(items, position, article);
          IssueItem old = items.get(position);
          cn.hinews.core.domain.Article own =
              session
                  .articles()
                  .findById(old.articleId())
                  .orElseThrow(() -> new BulletinException("找不到编号为 " + old.articleId() + " 的文章"))
                  .article();
          String ownBody = Block.joined(own.body());
          items.set(
              position,
              new IssueItem(
                  old.articleId(),
                  edited(title, own.title()),
                  edited(outlet, own.outlet()),
                  edited(body == null ? null : body.replace("\r\n", "\n"), ownBody)
                      .map(DraftEditor::paragraphs),
                  date.filter(d -> !own.published().map(p -> p.date()).equals(Optional.of(d)))));
          return issue.withItems(items);
        });
  }

  private static Optional<String> edited(String value, String own) {
    return value == null || value.isBlank() || value.strip().equals(own.strip())
        ? Optional.empty()
        : Optional.of(value.strip());
  }

  /**
   * Puts the items in the order given (the article ids of the whole issue, as the editor's page
   * shows them after a drag); a list that is not the issue's items in some order is refused, so
   * that a page out of date never drops or doubles an item.
   */
  public Issue reorder(String series, int number, List<Long> order) {
    return change(
        series,
        number,
        issue -> {
          List<IssueItem> items = issue.items();
          java.util.Map<Long, IssueItem> byArticle = new java.util.HashMap<>();
          items.forEach(i -> byArticle.put(i.articleId(), i));
          if (order.size() != items.size()
              || !byArticle.keySet().equals(new java.util.HashSet<>(order))) {
            throw new BulletinException("本期内容已被别人修改，请刷新页面后再调整顺序");
          }
          return issue.withItems(order.stream().map(byArticle::get).toList());
        });
  }

  /** Limits of an item's own wording (the columns hold more; a title of thousands is a mistake). */
  static final int MAX_TITLE = 300;

  static final int MAX_OUTLET = 100;
  static final int MAX_BODY = 100_000;

  private static void checkLengths(String title, String outlet, String body) {
    limit("标题", title, MAX_TITLE);
    limit("来源", outlet, MAX_OUTLET);
    limit("正文", body, MAX_BODY);
  }

  private static void limit(String what, String value, int max) {
    if (value != null && value.strip().length() > max) {
      throw new BulletinException(what + "太长（" + value.strip().length() + " 字），最多 " + max + " 字");
    }
  }

  /** A new number, issue date or period before publishing (a correction keeps its number). */
  public Issue reschedule(String series, int number, int newNumber, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new BulletinException("时段的结束日期 " + to + " 早于开始日期 " + from);
    }
    return change(
        series,
        number,
        issue -> {
          if (issue.revision() > 1 && newNumber != number) {
            throw new BulletinException("更正版沿用原期号，不能改期号");
          }
          return new Issue(
              issue.id(),
              issue.seriesId(),
              newNumber,
              issue.revision(),
              to,
              new Period(from, to),
              issue.items(),
              issue.status(),
              issue.publishedAt());
        });
  }

  private static void check(List<IssueItem> items, int position) {
    if (position < 0 || position >= items.size()) {
      throw new BulletinException("本期没有第" + (position + 1) + "条");
    }
  }

  private static void check(List<IssueItem> items, int position, long article) {
    check(items, position);
    if (items.get(position).articleId() != article) {
      throw new BulletinException("本期内容已被别人修改（第" + (position + 1) + "条已是另一篇文章），请刷新页面后再操作");
    }
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
