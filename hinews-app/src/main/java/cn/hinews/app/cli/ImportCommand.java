package cn.hinews.app.cli;

import cn.hinews.core.archive.ImportListener;
import cn.hinews.core.archive.ImportMode;
import cn.hinews.core.archive.ImportOutcome;
import cn.hinews.core.archive.ImportSummary;
import cn.hinews.core.home.HinewsHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import past bulletins (Markdown, Word .docx or PDF files, or folders of them) as published"
            + " issues: a progress bar on standard error, then a table of what became of each file"
            + " (failures with file:line and the reason) and, for an issue whose number is stored"
            + " with other content, both side by side.")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "bulletin files (.md, .docx, .pdf) or folders")
  private List<Path> paths;

  @Option(
      names = "--dry-run",
      description = "read and check everything, store nothing; show what would be imported")
  private boolean dryRun;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = cli.out();
    PrintWriter err = cli.err();
    try (HinewsHome home = cli.openHome()) {
      ImportMode mode = dryRun ? ImportMode.DRY_RUN : ImportMode.STORE;
      Progress progress = new Progress(err);
      List<ImportOutcome> outcomes = home.importer().importPaths(paths, mode, progress);
      err.println();
      outcomes.stream()
          .filter(o -> o.status() == ImportOutcome.Status.FAILED)
          .forEach(o -> err.println("失败 " + o.message()));
      ImportReport.table(out, outcomes);
      for (ImportOutcome o : outcomes) {
        o.conflict().ifPresent(d -> ImportReport.conflict(out, o, d));
      }
      ImportSummary summary = ImportSummary.of(outcomes, mode);
      out.println(summary.sentence() + "（数据目录 " + home.path() + "）");
      // what was stored is judged before the command returns, then indexed
      int analysisFailed = !dryRun && summary.imported() > 0 ? cli.analyseStored(home) : 0;
      if (!dryRun && summary.imported() > 0) {
        cli.catchUpIndex(home);
      }
      return outcomes.stream().anyMatch(ImportOutcome::failed)
              || outcomes.isEmpty()
              || analysisFailed > 0
          ? 1
          : 0;
    }
  }

  /** The progress bar: one step per file. */
  private static final class Progress implements ImportListener {
    private final PrintWriter err;
    private int total;
    private int done;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void found(int files) {
      total = files;
      ImportReport.progress(err, 0, total, "");
    }

    @Override
    public void done(ImportOutcome outcome) {
      done++;
      ImportReport.progress(err, done, total, outcome.file());
    }
  }
}
