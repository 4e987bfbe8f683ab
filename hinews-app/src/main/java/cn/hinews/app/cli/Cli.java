package cn.hinews.app.cli;

import cn.hinews.app.demo.DemoData;
import cn.hinews.core.bulletin.BulletinException;
import cn.hinews.core.config.ConfigException;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.StoreException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: builds the picocli tree and maps failures to messages and exit codes. */
@Command(
    name = "hinews",
    mixinStandardHelpOptions = true,
    version = "hinews 0.1.0",
    description = "Health-informatics news monitoring and the centre's bulletins.",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      BulletinCommand.class,
      ExtractCommand.class,
      CrawlCommand.class,
      WorkerCommand.class,
      StatusCommand.class,
      SourcesCommand.class,
      ReextractCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      UserCommand.class,
      AnalyzeCommand.class,
      CandidatesCommand.class,
      AlertsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Cli implements Runnable {
  private final Map<String, String> env;
  private final String userHome;
  private final OutputStream rawOut;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;

  public Cli(
      Map<String, String> env,
      String userHome,
      OutputStream rawOut,
      PrintWriter out,
      PrintWriter err) {
    this(env, userHome, rawOut, out, err, Clock.systemUTC());
  }

  public Cli(
      Map<String, String> env,
      String userHome,
      OutputStream rawOut,
      PrintWriter out,
      PrintWriter err,
      Clock clock) {
    this.env = env;
    this.userHome = userHome;
    this.rawOut = rawOut;
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /** Runs one command line; returns the exit code. */
  public int run(String... args) {
    CommandLine cl = new CommandLine(this);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof BulletinException
              || e instanceof ConfigException
              || e instanceof StoreException
              || e instanceof IllegalArgumentException
              || e instanceof IllegalStateException
              || e instanceof cn.hinews.core.alert.RuleException) {
            err.println(
                "hinews: "
                    + (e instanceof cn.hinews.core.search.QuerySyntaxException q
                        ? q.userMessage()
                        : e.getMessage()));
            return 1;
          }
          err.println("hinews: unexpected failure: " + e);
          e.printStackTrace(err);
          return 2;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(out);
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  OutputStream rawOut() {
    return rawOut;
  }

  Map<String, String> env() {
    return env;
  }

  Path homePath() {
    return HinewsHome.locate(env, userHome);
  }

  /** Opens the data home; on its first start an empty home gets the demo issues. */
  HinewsHome openHome() {
    HinewsHome home = HinewsHome.open(homePath(), clock);
    if (home.isNew()) {
      DemoData.importInto(home, env, err);
    }
    return home;
  }

  /** On a home without users (serve, user): the admin, its password printed once if generated. */
  void ensureAdmin(HinewsHome home) {
    new cn.hinews.app.web.security.Users(home.store(), home.clock()).ensureAdmin(env, err);
  }

  /**
   * Analyses what this command stored (and whatever else waits in the queue) before it returns,
   * with a progress bar on standard error; returns the number of articles whose analysis failed.
   */
  int analyseStored(HinewsHome home) throws InterruptedException {
    cn.hinews.core.analysis.judge.AnalysisStage stage = home.analysis();
    if (stage.depth().total() == 0) {
      return 0;
    }
    ProgressBar bar = new ProgressBar(err, "分析", System.console() != null);
    cn.hinews.core.analysis.judge.AnalysisStage.DrainReport r =
        stage.drain(Runtime.getRuntime().availableProcessors(), bar::update);
    bar.finish(r.judged(), r.left().total());
    out.printf(
        java.util.Locale.ROOT,
        "analysis: %d articles judged (relevance model version %d) in %.1f s, %d failed%s%n",
        r.judged(),
        stage.service().models().current().version().version(),
        r.took().toMillis() / 1000.0,
        r.failed(),
        r.left().failed() > 0
            ? "; " + r.left().failed() + " wait for another attempt (hinews analyze --backlog)"
            : "");
    return r.failed();
  }

  /**
   * Brings the search index up to date after a write, unless another process (serve) holds it: it
   * catches up there.
   */
  void catchUpIndex(HinewsHome home) {
    if (!home.searchIndex().writable()) {
      out.println("search index: kept by a running serve; it catches up there");
      return;
    }
    try {
      cn.hinews.core.search.ArchiveIndexer.Report r = home.indexer().catchUp();
      out.printf(
          java.util.Locale.ROOT,
          "search index: %d articles and %d issue items added or updated%n",
          r.articles(),
          r.items());
    } catch (IllegalStateException e) {
      out.println("search index: " + e.getMessage() + "; it catches up there");
    }
  }
}
