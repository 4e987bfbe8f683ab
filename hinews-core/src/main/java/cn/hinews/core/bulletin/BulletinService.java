package cn.hinews.core.bulletin;

import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.IssueItem;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Series;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.store.IssueSummary;
import cn.hinews.core.store.Session;
import cn.hinews.core.store.Store;
import cn.hinews.core.text.Digests;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The life of an issue: a new draft, its items, publication, and its view for rendering. */
public final class BulletinService {
  private final Store store;
  private final HinewsConfig config;
  private final Clock clock;
  private final java.util.List<Published> published =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Hears of each publication after it is committed (the issue to its subscribers). */
  @FunctionalInterface
  public interface Published {
    void published(Issue issue, String actor);
  }

  public BulletinService(Store store, HinewsConfig config, Clock clock) {
    this.store = store;
    this.config = config;
    this.clock = clock;
  }

  /** Adds a listener of publications (called on the publishing thread, after the commit). */
  public void onPublished(Published listener) {
    published.add(listener);
  }

  /**
   * Creates the next draft of a series: number = the series' last + 1, period by the series rule
   * for {@code date}; each may be overridden.
   */
  public Issue newDraft(
      String seriesId,
      LocalDate date,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      OptionalInt number) {
    Series series = config.requireSeries(seriesId);
    Period rule = series.periodFor(date);
    LocalDate start = from.orElse(rule.from());
    LocalDate end = to.orElse(rule.to());
    if (end.isBefore(start)) {
      throw new BulletinException("时段的结束日期 " + end + " 早于开始日期 " + start);
    }
    Period period = new Period(start, end);
    return store.inTransaction(
        session -> {
          int n =
              number.isPresent()
                  ? number.getAsInt()
                  : session.issues().lastNumber(seriesId).stream()
                      .map(last -> last + 1)
                      .findFirst()
                      .orElse(series.firstNumber());
          if (session.issues().find(seriesId, n).isPresent()) {
            throw new BulletinException("第" + n + "期已经存在（" + seriesId + "），请换一个期号（命令行用 --number）");
          }
          Issue draft =
              new Issue(
                  Optional.empty(),
                  seriesId,
                  n,
                  1,
                  period.to(),
                  period,
                  List.of(),
                  IssueStatus.DRAFT,
                  Optional.empty());
          return session.issues().insert(draft, Optional.empty(), "bulletin new");
        });
  }

  /** Adds a stored article (by URL) at the end of a draft. */
  public Issue addItem(String seriesId, int number, String url) {
    return store.inTransaction(
        session -> {
          Issue draft = requireDraft(session, seriesId, number);
          StoredArticle article =
              session
                  .articles()
                  .findByUrl(url)
                  .orElseThrow(() -> new BulletinException("没有已入库的文章使用这个网址：" + url));
          if (draft.items().stream().anyMatch(i -> i.articleId() == article.id())) {
            throw new BulletinException("这篇文章已经在本期中：" + url);
          }
          List<IssueItem> items = new ArrayList<>(draft.items());
          items.add(IssueItem.of(article.id()));
          Issue changed = draft.withItems(items);
          session.issues().replaceItems(draft.id().orElseThrow(), changed);
          return changed;
        });
  }

  /** Publishes a draft as the system itself (see {@link #publish(String, int, String)}). */
  public Issue publish(String seriesId, int number) {
    return publish(seriesId, number, "hinews");
  }

  /**
   * Publishes a draft: from now on its number and content never change. The audit record of who
   * published it is written in the same transaction, whichever door (CLI, web, API) it came by.
   */
  public Issue publish(String seriesId, int number, String actor) {
    Issue issue = publishInTransaction(seriesId, number, actor);
    for (Published p : published) {
      p.published(issue, actor);
    }
    return issue;
  }

  private Issue publishInTransaction(String seriesId, int number, String actor) {
    Series series = config.requireSeries(seriesId);
    return store.inTransaction(
        session -> {
          Issue draft = requireDraft(session, seriesId, number);
          if (draft.items().isEmpty()) {
            throw new BulletinException("第" + number + "期还没有条目，不能发布");
          }
          // the items keep what they show now: later revisions of the articles change nothing
          BulletinView now = view(session, series, draft);
          List<IssueItem> frozen = new ArrayList<>();
          for (int i = 0; i < draft.items().size(); i++) {
            frozen.add(now.entries().get(i).freeze(draft.items().get(i).articleId()));
          }
          Issue toPublish = draft.withItems(frozen);
          session.issues().replaceItems(draft.id().orElseThrow(), toPublish);
          String hash = Digests.sha256(Renderers.markdown(view(session, series, toPublish)));
          var at = clock.instant();
          session.issues().markPublished(draft.id().orElseThrow(), at, hash);
          session
              .users()
              .audit(
                  cn.hinews.core.domain.AuditEntry.of(
                      at,
                      actor,
                      cn.hinews.core.domain.AuditAction.PUBLISH,
                      seriesId + " " + number,
                      draft.items().size() + " items"));
          return session.issues().find(seriesId, number).orElseThrow();
        });
  }

  /**
   * Deletes a draft (a new issue not yet published, or a correction being drafted: the published
   * revision stays), with the audit record of who did it in the same transaction.
   */
  public void deleteDraft(String seriesId, int number, String actor) {
    config.requireSeries(seriesId);
    store.inTransaction(
        session -> {
          Issue draft = requireDraft(session, seriesId, number);
          session.issues().deleteDraft(draft.id().orElseThrow());
          session
              .users()
              .audit(
                  cn.hinews.core.domain.AuditEntry.of(
                      clock.instant(),
                      actor,
                      cn.hinews.core.domain.AuditAction.DRAFT_DELETE,
                      seriesId + " " + number,
                      "第" + draft.revision() + "版，" + draft.items().size() + " 条"));
          return null;
        });
  }

  /**
   * What is out of sequence about an issue of a series, in Chinese, for the editor to see before
   * publishing: a number that does not follow the last published one, a date before it, a period
   * that overlaps another issue's. Empty when all is in order (and for a correction, which keeps
   * its number and period).
   */
  public List<String> sequenceWarnings(String seriesId, int number) {
    return Sequence.warnings(list(Optional.of(seriesId)), seriesId, number);
  }

  /**
   * Opens a correction of a published issue: a new revision of it, as a draft with the same number,
   * items and wording, to be edited and published in its turn. The published revision stays as it
   * was, with its own record.
   */
  public Issue correct(String seriesId, int number) {
    config.requireSeries(seriesId);
    return store.inTransaction(
        session -> {
          Issue published =
              session
                  .issues()
                  .find(seriesId, number)
                  .orElseThrow(
                      () -> new BulletinException("找不到 " + seriesId + " 第" + number + "期"));
          if (published.status() == IssueStatus.DRAFT) {
            throw new BulletinException(
                "第" + number + "期还是草稿（第" + published.revision() + "版），直接编辑即可，没有已发布的版本需要更正");
          }
          Issue correction =
              new Issue(
                  Optional.empty(),
                  seriesId,
                  number,
                  published.revision() + 1,
                  published.issueDate(),
                  published.period(),
                  published.items(),
                  IssueStatus.DRAFT,
                  Optional.empty());
          return session
              .issues()
              .insert(
                  correction, Optional.empty(), "correction of revision " + published.revision());
        });
  }

  /**
   * The issue as the archive shows it: its latest published revision, or the draft when nothing of
   * it is published yet (a correction being drafted stays out of sight).
   */
  public Optional<BulletinView> viewPublished(String seriesId, int number) {
    Series series = config.requireSeries(seriesId);
    return store.read(
        session ->
            session
                .issues()
                .findPublished(seriesId, number)
                .or(() -> session.issues().find(seriesId, number))
                .map(i -> view(session, series, i)));
  }

  /** The issue ready to render, if it exists. */
  public Optional<BulletinView> view(String seriesId, int number) {
    Series series = config.requireSeries(seriesId);
    return store.read(
        session -> session.issues().find(seriesId, number).map(i -> view(session, series, i)));
  }

  public List<IssueSummary> list(Optional<String> seriesId) {
    seriesId.ifPresent(config::requireSeries);
    return store.read(session -> session.issues().list(seriesId));
  }

  static Issue requireDraft(Session session, String seriesId, int number) {
    Issue issue =
        session
            .issues()
            .find(seriesId, number)
            .orElseThrow(() -> new BulletinException("找不到 " + seriesId + " 第" + number + "期"));
    if (issue.status() != IssueStatus.DRAFT
        || !session.issues().lockDraft(issue.id().orElseThrow())) {
      throw new BulletinException("第" + number + "期已经发布，已发布的期次不再改动；要修改请开更正版");
    }
    return issue;
  }

  static BulletinView view(Session session, Series series, Issue issue) {
    Map<Long, Article> articles =
        session.articles().findByIds(issue.items().stream().map(IssueItem::articleId).toList());
    List<BulletinEntry> entries = new ArrayList<>();
    for (IssueItem item : issue.items()) {
      Article a = articles.get(item.articleId());
      if (a == null) {
        throw new BulletinException(
            issue.seriesId() + " 第" + issue.number() + "期引用的文章（编号 " + item.articleId() + "）已不存在");
      }
      entries.add(BulletinEntry.of(item, a));
    }
    BulletinView view = new BulletinView(series, issue, entries);
    if (issue.status() == IssueStatus.PUBLISHED) {
      checkHash(session, view);
    }
    return view;
  }

  /** A published issue renders as it was published, or not at all. */
  private static void checkHash(Session session, BulletinView view) {
    Issue issue = view.issue();
    Optional<String> stored = session.issues().contentHash(issue.id().orElseThrow());
    if (stored.isPresent() && !stored.get().equals(Digests.sha256(Renderers.markdown(view)))) {
      throw new BulletinException(
          issue.seriesId()
              + " 第"
              + issue.number()
              + "期（第"
              + issue.revision()
              + "版）的存储内容与发布时不一致：已发布的内容被改动过");
    }
  }
}
