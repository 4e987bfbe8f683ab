package cn.hinews.app.cli;

import cn.hinews.core.archive.ImportOutcome;
import cn.hinews.core.home.HinewsHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import past bulletins (Markdown or Word .docx files, or folders of them) as published"
            + " issues.")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "bulletin files (.md, .docx) or folders")
  private List<Path> paths;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = cli.out();
    try (HinewsHome home = cli.openHome()) {
      List<ImportOutcome> outcomes =
          home.importer()
              .importPaths(
                  paths,
                  o -> {
                    if (o.failed()) {
                      cli.err().println("FAILED " + o.message());
                    } else {
                      out.println(o.message() + "  [" + o.file() + "]");
                    }
                    o.warnings().forEach(w -> out.println("  warning: " + w));
                  });
      long imported = count(outcomes, ImportOutcome.Status.IMPORTED);
      long unchanged = count(outcomes, ImportOutcome.Status.UNCHANGED);
      long failed = count(outcomes, ImportOutcome.Status.FAILED);
      out.printf(
          Locale.ROOT,
          "%d files: %d imported, %d unchanged, %d failed (data home %s)%n",
          outcomes.size(),
          imported,
          unchanged,
          failed,
          home.path());
      int analysisFailed = imported > 0 ? cli.analyseStored(home) : 0;
      if (imported > 0) {
        cli.catchUpIndex(home);
      }
      return failed > 0 || outcomes.isEmpty() || analysisFailed > 0 ? 1 : 0;
    }
  }

  private static long count(List<ImportOutcome> outcomes, ImportOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
