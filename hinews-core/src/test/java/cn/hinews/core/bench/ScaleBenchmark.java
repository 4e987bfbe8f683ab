package cn.hinews.core.bench;

import cn.hinews.core.analysis.candidates.CandidateService;
import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.stats.PeriodStats;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.crawl.CrawlReport;
import cn.hinews.core.crawl.Crawler;
import cn.hinews.core.domain.Period;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Ingest at scale, end to end: loopback sites serve articles made of real Chinese paragraphs (the
 * bodies of {@code shared/datasets/zh-web-content-extraction/cleaned}, or the evaluation set's
 * texts when that folder is absent), one in ten a reprint of another site's article, published over
 * one week; {@code crawl → extract → store → analysis queue → stored judgement}, then the week's
 * candidates and statistics read from what was stored. Args: hosts (20), articles per host (300),
 * the folder of texts, the crawl's concurrency (8). Prints articles/s end to end and the median
 * times of the reads.
 */
public final class ScaleBenchmark {
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int perHost = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    Path texts =
        Path.of(args.length > 2 ? args[2] : "../shared/datasets/zh-web-content-extraction/cleaned");
    List<String> paras = paragraphs(texts);
    System.out.printf(Locale.ROOT, "%d real paragraphs from %s%n", paras.size(), texts);
    // -Dbench.warmup=H first crawls H other hosts' articles in the same JVM and store (a service
    // that has been running: the JIT has compiled the hot paths), then times the crawl above
    int warmHosts = Integer.getInteger("bench.warmup", 0);
    Sites sites = sites(1, hosts, perHost, paras);
    Sites warm = sites(101, warmHosts, perHost, paras);
    List<HttpServer> servers = new ArrayList<>(sites.servers());
    servers.addAll(warm.servers());
    List<ExecutorService> pools = new ArrayList<>(sites.pools());
    pools.addAll(warm.pools());
    String yml = sites.yml() + warm.yml().substring("sources:\n".length());
    Path home = Files.createTempDirectory("hinews-scale-bench");
    SourceRegistry registry = SourceRegistry.read(new StringReader(yml), "bench.yml");
    try (Store store = Store.open(new DatabaseConfig("", "", ""), home)) {
      Crawler crawler = CrawlBenchmark.crawler(store, registry, concurrency);
      AnalysisStage stage = stage(store, registry);
      stage.service().models().current();
      if (warmHosts > 0) {
        long w = System.nanoTime();
        stage.start(1);
        CrawlReport warmed = crawler.runOnce(s -> s.id().startsWith("w"));
        stage.drain(2, (done, left) -> {});
        stage.close();
        System.out.printf(
            Locale.ROOT,
            "warm-up: %d articles of %d other hosts crawled and analysed in %.1f s%n",
            warmed.totalNewArticles(),
            warmHosts,
            (System.nanoTime() - w) / 1e9);
        stage = stage(store, registry); // a closed stage does not start again
      }
      long t0 = System.nanoTime();
      // -Dbench.besideCrawl=0 analyses only after the crawl (the crawl's own rate, then the
      // drain's)
      int beside = Integer.getInteger("bench.besideCrawl", 1);
      if (beside > 0) {
        stage.start(beside);
      }
      Profiler profiler = Profiler.start();
      double cpu0 = cpuSeconds();
      CrawlReport r = crawler.runOnce(s -> s.id().startsWith("s"));
      double crawled = (System.nanoTime() - t0) / 1e9;
      double cpuCrawl = cpuSeconds() - cpu0;
      AnalysisStage.DrainReport d = stage.drain(2, (done, left) -> {});
      double total = (System.nanoTime() - t0) / 1e9;
      double cpuTotal = cpuSeconds() - cpu0;
      profiler.stop();
      stage.close();
      int articles = r.totalNewArticles();
      System.out.printf(
          Locale.ROOT,
          "ingest: %d articles from %d hosts crawled in %.1f s; analysed and stored %.1f s after the"
              + " start = %.0f articles/s end to end (%d failed fetches, %d failed analyses)%n",
          articles,
          hosts,
          crawled,
          total,
          articles / total,
          r.totalFailed(),
          d.failed());
      System.out.printf(
          Locale.ROOT,
          "CPU of this process (the loopback sites included): %.1f s while crawling (%.0f%% of two"
              + " cores), %.1f s in all = %.1f ms an article%n",
          cpuCrawl,
          100 * cpuCrawl / (2 * crawled),
          cpuTotal,
          1000 * cpuTotal / Math.max(1, articles));
      reads(store, registry);
      System.out.println("data home kept for CLI timings: " + home);
    } finally {
      servers.forEach(s -> s.stop(0));
      pools.forEach(ExecutorService::shutdownNow);
    }
  }

  /**
   * async-profiler over the timed part only, when {@code -Dbench.profile=FILE} names its collapsed
   * output and its jar ({@code tools.profiler:async-profiler}) is on the class path; reflection
   * keeps it out of the build.
   */
  record Profiler(Object instance, String file) {
    static Profiler start() throws ReflectiveOperationException {
      String file = System.getProperty("bench.profile");
      if (file == null) {
        return new Profiler(null, null);
      }
      Object p = Class.forName("one.profiler.AsyncProfiler").getMethod("getInstance").invoke(null);
      p.getClass().getMethod("execute", String.class).invoke(p, "start,event=itimer,interval=5ms");
      return new Profiler(p, file);
    }

    void stop() throws ReflectiveOperationException {
      if (instance != null) {
        instance
            .getClass()
            .getMethod("execute", String.class)
            .invoke(instance, "stop,collapsed,file=" + file);
      }
    }
  }

  /** CPU seconds this process has used, all threads (the loopback sites' included). */
  static double cpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() / 1e9
        : Double.NaN;
  }

  private static AnalysisStage stage(Store store, SourceRegistry registry) {
    return AnalysisStage.over(
        store, ChineseNlp.hanlp(), TaxonomyLoader::defaults, () -> registry, Clock.systemUTC());
  }

  /** The loopback sites: their sources.yml, servers and thread pools. */
  record Sites(String yml, List<HttpServer> servers, List<ExecutorService> pools) {}

  /** Starts {@code hosts} sites of {@code perHost} articles each, a list page each. */
  static Sites sites(int hosts, int perHost, List<String> paras) throws IOException {
    return sites(1, hosts, perHost, paras);
  }

  /**
   * Sites numbered from {@code first} (source ids {@code s1…}; from 101 on, the warm-up's {@code
   * w101…}), at 127.0.2.{@code first}….
   */
  static Sites sites(int first, int hosts, int perHost, List<String> paras) throws IOException {
    // The JDK's test server leaves Nagle's algorithm on: its body waits for the ACK of its headers,
    // which the client delays up to 40 ms, and a host's pages come one every ~150 ms whatever the
    // crawler does (the crawl took 47 s of 6,000 pages, at 70 % of the cores). Web servers send at
    // once (nginx's tcp_nodelay is on by default), as these sites do with this switch. Read before
    // the first server is made. -Dbench.nagle=true keeps the stalls.
    if (!Boolean.getBoolean("bench.nagle")) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    List<HttpServer> servers = new ArrayList<>();
    List<ExecutorService> pools = new ArrayList<>();
    StringBuilder yml = new StringBuilder("sources:\n");
    for (int h = first; h < first + hosts; h++) {
      String address = "127.0.2." + h;
      HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 50);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      pools.add(pool);
      server.setExecutor(pool);
      StringBuilder list = new StringBuilder("<ul>");
      for (int a = 0; a < perHost; a++) {
        list.append("<li><a href='/news/").append(a).append(".html'>").append(a);
        list.append("</a></li>");
      }
      String listHtml = list.append("</ul>").toString();
      int host = h;
      server.createContext("/robots.txt", ex -> CrawlBenchmark.send(ex, 404, "", "text/plain"));
      server.createContext(
          "/list.html", ex -> CrawlBenchmark.send(ex, 200, listHtml, "text/html; charset=utf-8"));
      server.createContext(
          "/news/",
          ex -> {
            String p = ex.getRequestURI().getPath();
            int n = Integer.parseInt(p.substring(6, p.indexOf('.')));
            CrawlBenchmark.send(
                ex, 200, article(paras, host, n, hosts), "text/html; charset=utf-8");
          });
      server.start();
      servers.add(server);
      yml.append(first > 100 ? "  w" : "  s").append(h).append(": {outlet: 模拟").append(h);
      yml.append("报, kind: media, hosts: ['").append(address);
      yml.append("'], delay: 0s, entries: [{type: list, url: 'http://").append(address);
      yml.append(':')
          .append(server.getAddress().getPort())
          .append("/list.html', links: 'ul a'}]}\n");
    }
    return new Sites(yml.toString(), servers, pools);
  }

  /** Times the week's candidates and statistics from the stored judgements. */
  static void reads(Store store, SourceRegistry registry) {
    Period week = new Period(MONDAY, MONDAY.plusDays(6));
    CandidateService candidates = new CandidateService(store, () -> registry, Clock.systemUTC());
    Map<String, String> names = Map.of("medical-ai", "医疗人工智能", "smart-hospital", "智慧医院");
    double rank = median(() -> candidates.rank("weekly", week, false));
    double stats = median(() -> PeriodStats.fromStore(store, week, names));
    var ranking = candidates.rank("weekly", week, false);
    System.out.printf(
        Locale.ROOT,
        "reads over %d judged articles of the week: candidates %.0f ms, statistics %.0f ms"
            + " (medians of 11, after 3 warm-ups); %d candidate rows%n",
        ranking.judged(),
        rank,
        stats,
        ranking.candidates().size());
  }

  private static double median(Runnable read) {
    for (int i = 0; i < 3; i++) {
      read.run();
    }
    double[] ms = new double[11];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      read.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms[ms.length / 2];
  }

  static List<String> paragraphs(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8).replaceAll("\\R(?!\\R)", "");
          for (String p : text.split("\\R+")) {
            if (p.strip().length() >= 30) {
              out.add(p.strip());
            }
          }
        }
      }
    }
    if (out.isEmpty()) {
      for (String raw : cn.hinews.core.analysis.relevance.EvalSet.rawTexts()) {
        Arrays.stream(raw.split("\\R")).filter(p -> p.strip().length() >= 30).forEach(out::add);
      }
    }
    return out;
  }

  /** Article n of a host: four paragraphs; one in ten reprints the same article of host 1. */
  static String article(List<String> paras, int host, int n, int hosts) {
    boolean reprint = host > 1 && n % 10 == 0;
    Random r = new Random(n % 10 == 0 ? 1_000_003L * n : 1_000_003L * n + host);
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      body.append("<p>").append(paras.get(r.nextInt(paras.size()))).append("</p>");
    }
    LocalDate day = MONDAY.plusDays(n % 7);
    String title = (reprint ? "转载：" : "") + "第" + n + "号新闻" + (reprint ? "" : "（" + host + "）");
    return "<html><head><title>"
        + title
        + "</title></head><body><div class=nav><a href='/'>首页</a></div>"
        + "<div class=article><h1>"
        + title
        + "</h1><div class=info>"
        + day
        + " 10:"
        + String.format(Locale.ROOT, "%02d", host % 60)
        + " 来源：模拟"
        + host
        + "报</div>"
        + body
        + "</div></body></html>";
  }
}
