package cn.hinews.app.cli;

import cn.hinews.core.bulletin.BulletinException;
import cn.hinews.core.bulletin.BulletinRenderer;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.IssueSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "bulletin",
    mixinStandardHelpOptions = true,
    description = "Create, fill, publish, list and render issues.",
    subcommands = {
      BulletinCommand.New.class,
      BulletinCommand.Add.class,
      BulletinCommand.Publish.class,
      BulletinCommand.ListIssues.class,
      BulletinCommand.Render.class
    })
final class BulletinCommand implements Runnable {
  @ParentCommand Cli cli;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out());
  }

  @Command(
      name = "new",
      mixinStandardHelpOptions = true,
      description =
          "Create the next draft of a series: number = last + 1, period by the series rule.")
  static final class New implements Callable<Integer> {
    @ParentCommand BulletinCommand parent;

    @Option(names = "--series", required = true, description = "series id (weekly, monthly, …)")
    String series;

    @Option(names = "--date", required = true, description = "a day in the period, YYYY-MM-DD")
    LocalDate date;

    @Option(names = "--from", description = "first day of the period (overrides the rule)")
    LocalDate from;

    @Option(names = "--to", description = "last day of the period = the issue date")
    LocalDate to;

    @Option(names = "--number", description = "issue number (overrides last + 1)")
    Integer number;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        Issue draft =
            home.bulletins()
                .newDraft(
                    series,
                    date,
                    Optional.ofNullable(from),
                    Optional.ofNullable(to),
                    number == null ? OptionalInt.empty() : OptionalInt.of(number));
        parent
            .cli
            .out()
            .printf(
                Locale.ROOT,
                "created draft %s %d: period %s to %s, issue date %s%n",
                draft.seriesId(),
                draft.number(),
                draft.period().from(),
                draft.period().to(),
                draft.issueDate());
        return 0;
      }
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a stored article (by its URL) to the end of a draft.")
  static final class Add implements Callable<Integer> {
    @ParentCommand BulletinCommand parent;

    @Mixin IssueRef issue;

    @Option(names = "--url", required = true, description = "the article's URL")
    String url;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        Issue draft = home.bulletins().addItem(issue.series, issue.number, url);
        parent
            .cli
            .out()
            .printf(
                Locale.ROOT,
                "%s %d now has %d items%n",
                issue.series,
                issue.number,
                draft.items().size());
        return 0;
      }
    }
  }

  @Command(
      name = "publish",
      mixinStandardHelpOptions = true,
      description = "Publish a draft: its number and content never change afterwards.")
  static final class Publish implements Callable<Integer> {
    @ParentCommand BulletinCommand parent;

    @Mixin IssueRef issue;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        Issue published =
            home.bulletins()
                .publish(
                    issue.series,
                    issue.number,
                    "cli:" + System.getProperty("user.name", "unknown"));
        parent
            .cli
            .out()
            .printf(
                Locale.ROOT,
                "published %s %d (%d items) at %s%n",
                issue.series,
                issue.number,
                published.items().size(),
                published.publishedAt().orElseThrow());
        // the subscribers' mails were queued with the publication: send them now
        cn.hinews.core.alert.AlertService.Round sent = home.alerts().deliverDue();
        if (sent.sent() + sent.failed() > 0) {
          parent
              .cli
              .out()
              .printf(
                  Locale.ROOT,
                  "已发送 %d 封，失败 %d 封（hinews alerts log 查看，失败的会自动重试）%n",
                  sent.sent(),
                  sent.failed());
        }
        return 0;
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List issues, newest first: number, date, period, items, status.")
  static final class ListIssues implements Callable<Integer> {
    @ParentCommand BulletinCommand parent;

    @Option(names = "--series", description = "only this series")
    String series;

    @Override
    public Integer call() {
      try (HinewsHome home = parent.cli.openHome()) {
        List<IssueSummary> issues = home.bulletins().list(Optional.ofNullable(series));
        PrintWriter out = parent.cli.out();
        out.printf(
            Locale.ROOT,
            "%-10s %6s %-10s %-23s %5s %s%n",
            "series",
            "number",
            "date",
            "period",
            "items",
            "status");
        for (IssueSummary s : issues) {
          out.printf(
              Locale.ROOT,
              "%-10s %6d %-10s %-23s %5d %s%n",
              s.seriesId(),
              s.number(),
              s.issueDate(),
              s.period().from() + ".." + s.period().to(),
              s.itemCount(),
              s.status().name().toLowerCase(Locale.ROOT)
                  + (s.revision() > 1 ? " (revision " + s.revision() + ")" : ""));
        }
        out.printf(Locale.ROOT, "%d issues%n", issues.size());
        return 0;
      }
    }
  }

  @Command(
      name = "render",
      mixinStandardHelpOptions = true,
      description = "Write an issue in the house format (to standard output without --out).")
  static final class Render implements Callable<Integer> {
    @ParentCommand BulletinCommand parent;

    @Mixin IssueRef issue;

    @Option(
        names = "--format",
        defaultValue = "md",
        description = "output format: ${COMPLETION-CANDIDATES}")
    String format;

    @Option(names = "--out", description = "output file")
    Path outFile;

    @Override
    public Integer call() throws IOException {
      try (HinewsHome home = parent.cli.openHome()) {
        BulletinRenderer renderer =
            home.renderers()
                .forFormat(format)
                .orElseThrow(
                    () ->
                        new BulletinException(
                            "unknown format '"
                                + format
                                + "'; available: "
                                + home.renderers().formats()));
        BulletinView view =
            home.bulletins()
                .view(issue.series, issue.number)
                .orElseThrow(
                    () -> new BulletinException("no issue " + issue.series + " " + issue.number));
        if (outFile == null) {
          OutputStream raw = parent.cli.rawOut();
          parent.cli.out().flush();
          renderer.render(view, raw);
          raw.flush();
          return 0;
        }
        Path target = outFile.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".part");
        try (OutputStream os = Files.newOutputStream(tmp)) {
          renderer.render(view, os);
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(tmp);
          throw e;
        }
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        parent
            .cli
            .out()
            .printf(
                Locale.ROOT,
                "wrote %s (%s %d, %s, %d bytes)%n",
                target,
                issue.series,
                issue.number,
                format,
                Files.size(target));
        return 0;
      }
    }
  }
}
