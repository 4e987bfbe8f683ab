package cn.hinews.app.cli;

import cn.hinews.app.crawl.CrawlLoop;
import cn.hinews.app.crawl.DraftLoop;
import cn.hinews.app.web.WebApp;
import cn.hinews.core.home.HinewsHome;
import java.time.Duration;
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
    String me = cn.hinews.core.worker.WorkerIdentity.current().name();
    return new cn.hinews.core.worker.Workers(home.store(), home.clock())
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
    java.util.List<String> roles = new java.util.ArrayList<>(java.util.List.of("web"));
    if (crawls) {
      roles.add("crawl");
    }
    if (analyses) {
      roles.add("analyse");
    }
    cn.hinews.core.worker.Heartbeat beat =
        cn.hinews.core.worker.Heartbeat.start(
            home.store(),
            cn.hinews.core.worker.WorkerIdentity.current(),
            String.join(",", roles),
            new cn.hinews.core.worker.Heartbeat.Counters(
                () -> 0, () -> home.analysis().service().judged()),
            home.clock());
    context.addApplicationListener(
        (org.springframework.context.ApplicationListener<ContextClosedEvent>) e -> beat.close());
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
      context.addApplicationListener(
          (org.springframework.context.ApplicationListener<ContextClosedEvent>) e -> loop.close());
      cli.out().println("crawling the sources with entry points (--no-crawl turns it off)");
    }
    if (home.config().autoDraftAt().isPresent()) {
      DraftLoop drafts =
          new DraftLoop(
              new cn.hinews.core.bulletin.AutoDrafter(
                  home.config(),
                  home.bulletins(),
                  new cn.hinews.core.bulletin.DraftEditor(home.store()),
                  home.candidates(),
                  home.clock()),
              new cn.hinews.app.web.security.Users(home.store(), home.clock()),
              new cn.hinews.core.worker.JobLeases(
                  home.store(), cn.hinews.core.worker.WorkerIdentity.current(), home.clock()),
              cli.err());
      drafts.start();
      context.addApplicationListener(
          (org.springframework.context.ApplicationListener<ContextClosedEvent>)
              e -> drafts.close());
      cli.out()
          .println(
              "automatic drafts at "
                  + home.config().autoDraftAt().get()
                  + " on each period's last day (drafts.auto: false turns them off)");
    }
    context.addApplicationListener(
        (org.springframework.context.ApplicationListener<ContextClosedEvent>)
            e -> closed.countDown());
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
}
