package cn.hinews.core.archive;

import cn.hinews.core.bulletin.BulletinEntry;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.IssueItem;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.store.IssueRepository;
import cn.hinews.core.store.Session;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.StoreException;
import cn.hinews.core.text.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports past bulletins into the archive as published issues. Each file lands whole in one
 * transaction or not at all; a bad file is reported with its line and does not stop the others.
 */
public final class BulletinImporter {
  private final Store store;
  private final BulletinFiles files;
  private final BulletinService bulletins;
  private final Clock clock;

  public BulletinImporter(Store store, HinewsConfig config, Clock clock) {
    this.store = store;
    this.files = new BulletinFiles(new MarkdownBulletinParser(config));
    this.bulletins = new BulletinService(store, config, clock);
    this.clock = clock;
  }

  /** Imports files and the bulletin files under folders, reporting each outcome as it comes. */
  public List<ImportOutcome> importPaths(List<Path> paths, Consumer<ImportOutcome> progress) {
    return importPaths(paths, ImportMode.STORE, progress::accept);
  }

  /**
   * Imports (or, in a dry run, reads and checks) files and the bulletin files under folders; a bad
   * file is an outcome naming it and the reason and stops nothing else.
   */
  public List<ImportOutcome> importPaths(
      List<Path> paths, ImportMode mode, ImportListener listener) {
    BulletinPaths found = BulletinPaths.of(paths);
    listener.found(found.files().size() + found.failures().size());
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (ImportOutcome failure : found.failures()) {
      outcomes.add(failure);
      listener.done(failure);
    }
    for (Path file : found.files()) {
      ImportOutcome outcome = importFile(file, mode);
      outcomes.add(outcome);
      listener.done(outcome);
    }
    return outcomes;
  }

  static boolean isBulletinFile(Path p) {
    return BulletinFiles.Format.of(p.getFileName().toString()).isPresent();
  }

  /** Imports one file: Markdown, a Word document ({@code .docx}) or a PDF. */
  public ImportOutcome importFile(Path file) {
    return importFile(file, ImportMode.STORE);
  }

  private ImportOutcome importFile(Path file, ImportMode mode) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return failed(file.toString(), "无法读取：" + e.getMessage());
    }
    return importBytes(file.toString(), bytes, mode);
  }

  /** Imports one file given as its bytes; {@code name} (with its extension) says its format. */
  public ImportOutcome importBytes(String name, byte[] bytes, ImportMode mode) {
    return outcome(name, files.read(name, bytes), mode);
  }

  /** Imports one bulletin given as text; {@code name} names it in messages and as its origin. */
  public ImportOutcome importText(String name, String text) {
    return outcome(name, files.text(name, text), ImportMode.STORE);
  }

  private ImportOutcome outcome(String name, BulletinFiles.Read read, ImportMode mode) {
    if (read instanceof BulletinFiles.Unreadable u) {
      return failed(u.where(), u.why());
    }
    return store(name, ((BulletinFiles.Parsed) read).bulletin(), mode);
  }

  private ImportOutcome store(String name, ParsedBulletin parsed, ImportMode mode) {
    String rendered = Renderers.markdown(preview(parsed));
    String hash = Digests.sha256(rendered);
    String label = parsed.series().id() + " " + parsed.number();
    ImportOutcome outcome;
    try {
      outcome = store.inTransaction(session -> store(session, parsed, hash, name, label, mode));
    } catch (StoreException e) {
      return failed(name, e.getMessage());
    }
    if (outcome.status() != ImportOutcome.Status.CONFLICT) {
      return outcome;
    }
    String origin = outcome.conflict().map(IssueDiff::storedOrigin).orElse("");
    // the stored issue beside the file's, for the editor to judge
    Optional<IssueDiff> diff =
        bulletins
            .view(parsed.series().id(), parsed.number())
            .map(view -> IssueDiff.of(origin, Renderers.markdown(view), rendered));
    return new ImportOutcome(
        name, outcome.status(), outcome.message(), parsed.warnings(), Optional.of(label), diff);
  }

  private ImportOutcome store(
      Session session,
      ParsedBulletin parsed,
      String hash,
      String name,
      String label,
      ImportMode mode) {
    Optional<IssueRepository.Fingerprint> existing =
        session.issues().fingerprint(parsed.series().id(), parsed.number());
    Optional<String> issue = Optional.of(label);
    if (existing.isPresent()) {
      if (existing.get().contentHash().filter(hash::equals).isPresent()) {
        return new ImportOutcome(
            name,
            ImportOutcome.Status.UNCHANGED,
            "未变：" + label,
            parsed.warnings(),
            issue,
            Optional.empty());
      }
      return conflict(name, parsed, label, existing.get().origin());
    }
    String summary = label + "（" + parsed.issueDate() + "，" + parsed.items().size() + " 条";
    if (mode == ImportMode.DRY_RUN) {
      return new ImportOutcome(
          name,
          ImportOutcome.Status.WOULD_IMPORT,
          "将导入 " + summary + "）",
          parsed.warnings(),
          issue,
          Optional.empty());
    }
    int created = insert(session, parsed, hash, name);
    return new ImportOutcome(
        name,
        ImportOutcome.Status.IMPORTED,
        "已导入 " + summary + "，新文章 " + created + " 篇）",
        parsed.warnings(),
        issue,
        Optional.empty());
  }

  /**
   * The outcome of a number stored with other content; it carries the stored issue's origin
   * (without rows yet) until {@link #store(String, ParsedBulletin, ImportMode)} compares the two.
   */
  private static ImportOutcome conflict(
      String name, ParsedBulletin parsed, String label, String storedOrigin) {
    return new ImportOutcome(
        name,
        ImportOutcome.Status.CONFLICT,
        name
            + "：第 "
            + parsed.number()
            + " 期（"
            + label
            + "）已存在（来自 "
            + storedOrigin
            + "），内容不同；已发布的期次不会被改动，请对照两边",
        parsed.warnings(),
        Optional.of(label),
        Optional.of(new IssueDiff(storedOrigin, List.of())));
  }

  /** Stores the issue and the articles it brings; returns how many articles were new. */
  private int insert(Session session, ParsedBulletin parsed, String hash, String name) {
    List<IssueItem> items = new ArrayList<>();
    int created = 0;
    for (ParsedItem p : parsed.items()) {
      Optional<StoredArticle> stored = session.articles().findByUrl(p.url());
      long articleId;
      if (stored.isEmpty()) {
        articleId = session.articles().insert(article(p)).id();
        created++;
      } else {
        articleId = stored.get().id();
      }
      // a published issue: its items keep what it printed, whatever the article becomes
      items.add(IssueItem.frozen(articleId, p.title(), p.outlet(), p.body(), p.date()));
    }
    session
        .issues()
        .insert(issueOf(parsed, items, Optional.of(clock.instant())), Optional.of(hash), name);
    return created;
  }

  static Article article(ParsedItem p) {
    return new Article(
        p.url(),
        p.title(),
        p.outlet(),
        p.sourceLine(),
        List.of(),
        List.of(),
        p.date().map(d -> PublishTime.ofDay(d, d.toString())),
        p.body(),
        Optional.empty());
  }

  /** The issue as it will render, before anything is stored: its rendering is its fingerprint. */
  public static BulletinView preview(ParsedBulletin parsed) {
    Issue issue = issueOf(parsed, List.of(), Optional.empty());
    List<BulletinEntry> entries =
        parsed.items().stream()
            .map(p -> new BulletinEntry(p.title(), p.outlet(), p.url(), p.date(), p.body()))
            .toList();
    return new BulletinView(parsed.series(), issue, entries);
  }

  /** A published first revision with the file's number, date and period. */
  private static Issue issueOf(
      ParsedBulletin parsed, List<IssueItem> items, Optional<java.time.Instant> publishedAt) {
    return new Issue(
        Optional.empty(),
        parsed.series().id(),
        parsed.number(),
        1,
        parsed.issueDate(),
        parsed.period(),
        items,
        IssueStatus.PUBLISHED,
        publishedAt);
  }

  static ImportOutcome failed(String where, String why) {
    return new ImportOutcome(where, ImportOutcome.Status.FAILED, where + ": " + why, List.of());
  }
}
