package cn.hinews.core.archive;

import cn.hinews.core.bulletin.BulletinEntry;
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
import java.util.stream.Stream;

/**
 * Imports past bulletins into the archive as published issues. Each file lands whole in one
 * transaction or not at all; a bad file is reported with its line and does not stop the others.
 */
public final class BulletinImporter {
  private final Store store;
  private final BulletinFiles files;
  private final Clock clock;

  public BulletinImporter(Store store, HinewsConfig config, Clock clock) {
    this.store = store;
    this.files = new BulletinFiles(new MarkdownBulletinParser(config));
    this.clock = clock;
  }

  /** Imports files and the bulletin files under folders, reporting each outcome as it comes. */
  public List<ImportOutcome> importPaths(List<Path> paths, Consumer<ImportOutcome> progress) {
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : expand(path, outcomes, progress)) {
        ImportOutcome outcome = importFile(file);
        outcomes.add(outcome);
        progress.accept(outcome);
      }
    }
    return outcomes;
  }

  private static List<Path> expand(
      Path path, List<ImportOutcome> outcomes, Consumer<ImportOutcome> progress) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        return walk.filter(Files::isRegularFile)
            .filter(BulletinImporter::isBulletinFile)
            .sorted()
            .toList();
      } catch (IOException e) {
        ImportOutcome failed = failed(path.toString(), "cannot list the folder: " + e.getMessage());
        outcomes.add(failed);
        progress.accept(failed);
        return List.of();
      }
    }
    ImportOutcome failed = failed(path.toString(), "no such file or folder");
    outcomes.add(failed);
    progress.accept(failed);
    return List.of();
  }

  static boolean isBulletinFile(Path p) {
    return BulletinFiles.Format.of(p.getFileName().toString()).isPresent();
  }

  /** Imports one file: Markdown, a Word document ({@code .docx}) or a PDF. */
  public ImportOutcome importFile(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return failed(file.toString(), "无法读取：" + e.getMessage());
    }
    return importBytes(file.toString(), bytes);
  }

  /** Imports one file given as its bytes; {@code name} (with its extension) says its format. */
  public ImportOutcome importBytes(String name, byte[] bytes) {
    return outcome(name, files.read(name, bytes));
  }

  /** Imports one bulletin given as text; {@code name} names it in messages and as its origin. */
  public ImportOutcome importText(String name, String text) {
    return outcome(name, files.text(name, text));
  }

  private ImportOutcome outcome(String name, BulletinFiles.Read read) {
    if (read instanceof BulletinFiles.Unreadable u) {
      return failed(u.where(), u.why());
    }
    return store(name, ((BulletinFiles.Parsed) read).bulletin());
  }

  private ImportOutcome store(String name, ParsedBulletin parsed) {
    String hash = Digests.sha256(Renderers.markdown(preview(parsed)));
    String label = parsed.series().id() + " " + parsed.number();
    try {
      return store.inTransaction(session -> store(session, parsed, hash, name, label));
    } catch (StoreException e) {
      return failed(name, e.getMessage());
    }
  }

  private ImportOutcome store(
      Session session, ParsedBulletin parsed, String hash, String name, String label) {
    IssueRepository issues = session.issues();
    Optional<IssueRepository.Fingerprint> existing =
        issues.fingerprint(parsed.series().id(), parsed.number());
    if (existing.isPresent()) {
      if (existing.get().contentHash().filter(hash::equals).isPresent()) {
        return new ImportOutcome(
            name, ImportOutcome.Status.UNCHANGED, "unchanged: " + label, parsed.warnings());
      }
      return failed(
          name,
          "issue "
              + label
              + " is already stored (from "
              + existing.get().origin()
              + ") with other content; a published issue is never changed");
    }
    List<IssueItem> items = new ArrayList<>();
    int created = 0;
    for (ParsedItem p : parsed.items()) {
      Optional<StoredArticle> stored = session.articles().findByUrl(p.url());
      if (stored.isEmpty()) {
        StoredArticle a = session.articles().insert(article(p));
        created++;
        items.add(IssueItem.of(a.id()));
      } else {
        items.add(itemOver(stored.get(), p));
      }
    }
    issues.insert(issueOf(parsed, items, Optional.of(clock.instant())), Optional.of(hash), name);
    return new ImportOutcome(
        name,
        ImportOutcome.Status.IMPORTED,
        "imported "
            + label
            + " ("
            + parsed.issueDate()
            + ", "
            + items.size()
            + " items, "
            + created
            + " new articles)",
        parsed.warnings());
  }

  /** An item over an article stored before: what this bulletin printed differently is its edit. */
  private static IssueItem itemOver(StoredArticle stored, ParsedItem p) {
    Article a = stored.article();
    return new IssueItem(
        stored.id(),
        a.title().equals(p.title()) ? Optional.empty() : Optional.of(p.title()),
        a.outlet().equals(p.outlet()) ? Optional.empty() : Optional.of(p.outlet()),
        a.body().equals(p.body()) ? Optional.empty() : Optional.of(p.body()),
        p.date().equals(a.published().map(PublishTime::date)) ? Optional.empty() : p.date());
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

  private static ImportOutcome failed(String where, String why) {
    return new ImportOutcome(where, ImportOutcome.Status.FAILED, where + ": " + why, List.of());
  }
}
