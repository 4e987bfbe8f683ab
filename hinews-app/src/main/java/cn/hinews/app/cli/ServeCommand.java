package cn.hinews.app.cli;

import cn.hinews.app.crawl.CrawlLoop;
import cn.hinews.app.crawl.DraftLoop;
import cn.hinews.app.web.WebApp;
import cn.hinews.app.web.security.Users;
import cn.hinews.core.bulletin.AutoDrafter;
import cn.hinews.core.bulletin.DraftEditor;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.worker.Heartbeat;
import cn.hinews.core.worker.JobLeases;
import cn.hinews.core.worker.WorkerIdentity;
import cn.hinews.core.worker.Workers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the web application (the archive of issues) until stopped.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default ${DEFAULT-VALUE})")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "address to listen on (default ${DEFAULT-VALUE})")
  private String bind;

  @Option(
      names = "--no-crawl",
      description =
          "a pure web node: no crawl (crawl.in-serve in the configuration turns it off for good),"
              + " and no analysis when a worker analyses (hinews worker)")
  private boolean noCrawl;

  /** True when a live worker (another process) analyses: a web node need not. */
  private static boolean workersAnalyse(HinewsHome home) {
    String me = WorkerIdentity.current().name();
    return new Workers(home.store(), home.clock())
        .list().stream()
            .anyMatch(
                w ->
                    w.running()
                        && !w.beat().name().equals(me)
                        && w.beat().roles().contains("analyse"));
  }

  @Override
  public Integer call() throws InterruptedException {
    HinewsHome home = cli.openHome();
    cli.ensureAdmin(home);
    CountDownLatch closed = new CountDownLatch(1);
    ConfigurableApplicationContext context = WebApp.start(home, bind, port);
    boolean crawls = !noCrawl && home.config().crawl().inServe();
    // the analysis stage judges every stored article in the background, continuously; a pure web
    // node (--no-crawl) leaves it to the workers, unless none is there (an editor's addition must
    // not wait for ever)
    boolean analyses = crawls || !workersAnalyse(home);
    if (analyses) {
      home.analysis().start(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    } else {
      cli.out().println("analysis: left to the running workers (hinews status lists them)");
    }
    beat(home, context, crawls, analyses);
    // the alert rules on each stored judgement, and the outbox's deliveries, on their own thread
    home.alerts().start(Duration.ofSeconds(2));
    if (crawls) {
      CrawlLoop loop =
          new CrawlLoop(
              new SourcesWatch(home),
              () -> home.indexer().catchUp(),
              Duration.ofMinutes(1),
              cli.err());
      loop.start();
      onClose(context, loop::close);
      cli.out().println("crawling the sources with entry points (--no-crawl turns it off)");
    }
    if (home.config().autoDraftAt().isPresent()) {
      drafts(home, context);
    }
    onClose(context, closed::countDown);
    cli.out()
        .printf(
            Locale.ROOT,
            "hinews is serving %s on http://%s:%d/ (Ctrl-C stops)%n",
            home.path(),
            bind,
            port);
    closed.await();
    return 0;
  }

  /** This node's heartbeat, with what it runs, until the web app closes. */
  private static void beat(
      HinewsHome home, ConfigurableApplicationContext context, boolean crawls, boolean analyses) {
    List<String> roles = new ArrayList<>(List.of("web"));
    if (crawls) {
      roles.add("crawl");
    }
    if (analyses) {
      roles.add("analyse");
    }
    Heartbeat beat =
        Heartbeat.start(
            home.store(),
            WorkerIdentity.current(),
            String.join(",", roles),
            new Heartbeat.Counters(() -> 0, () -> home.analysis().service().judged()),
            home.clock());
    onClose(context, beat::close);
  }

  /** The automatic drafts, checked every ten minutes by the node holding the drafts' lease. */
  private void drafts(HinewsHome home, ConfigurableApplicationContext context) {
    DraftLoop drafts =
        new DraftLoop(
            new AutoDrafter(
                home.config(),
                home.bulletins(),
                new DraftEditor(home.store()),
                home.candidates(),
                home.clock()),
            new Users(home.store(), home.clock()),
            new JobLeases(home.store(), WorkerIdentity.current(), home.clock()),
            cli.err());
    drafts.start();
    onClose(context, drafts::close);
    cli.out()
        .println(
            "automatic drafts at "
                + home.config().autoDraftAt().get()
                + " on each period's last day (drafts.auto: false turns them off)");
  }

  private static void onClose(ConfigurableApplicationContext context, Runnable action) {
    context.addApplicationListener(
        (org.springframework.context.ApplicationListener<ContextClosedEvent>) e -> action.run());
  }
}
