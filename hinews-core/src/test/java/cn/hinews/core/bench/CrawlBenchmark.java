package cn.hinews.core.bench;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.crawl.AddressGuard;
import cn.hinews.core.crawl.CrawlListener;
import cn.hinews.core.crawl.CrawlOptions;
import cn.hinews.core.crawl.CrawlReport;
import cn.hinews.core.crawl.Crawler;
import cn.hinews.core.crawl.FetchSettings;
import cn.hinews.core.crawl.HttpFetcher;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * A local crawl of simulated hosts (each its own address of 127.0.0.0/8 with a list page and its
 * articles), politeness relaxed to no delay: pages/s of the whole pipeline (fetch, discovery,
 * extraction, storage in H2). Args: hosts (100), articles per host (20), concurrency (8).
 */
public final class CrawlBenchmark {
  private CrawlBenchmark() {}

  public static void main(String[] args) throws Exception {
    int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int perHost = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    List<HttpServer> servers = new ArrayList<>();
    List<java.util.concurrent.ExecutorService> pools = new ArrayList<>();
    StringBuilder yml = new StringBuilder("sources:\n");
    for (int h = 1; h <= hosts; h++) {
      String address = "127.0.1." + h;
      HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 50);
      java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(2);
      pools.add(pool);
      server.setExecutor(pool);
      String base = "http://" + address + ":" + server.getAddress().getPort();
      StringBuilder list = new StringBuilder("<ul>");
      for (int a = 0; a < perHost; a++) {
        list.append("<li><a href='/news/2026/0116/")
            .append(a)
            .append(".html'>")
            .append(a)
            .append("</a></li>");
      }
      String listHtml = list.append("</ul>").toString();
      int host = h;
      server.createContext("/robots.txt", ex -> send(ex, 404, "", "text/plain"));
      server.createContext("/list.html", ex -> send(ex, 200, listHtml, "text/html; charset=utf-8"));
      server.createContext(
          "/news/",
          ex ->
              send(
                  ex,
                  200,
                  article(host, ex.getRequestURI().getPath()),
                  "text/html; charset=utf-8"));
      server.start();
      servers.add(server);
      yml.append("  h")
          .append(h)
          .append(": {outlet: 模拟")
          .append(h)
          .append("网, kind: media, hosts: ['")
          .append(address)
          .append("'], delay: 0s, entries: [{type: list, url: '")
          .append(base)
          .append("/list.html', links: 'ul a'}]}\n");
    }
    Path home = Files.createTempDirectory("hinews-crawl-bench");
    SourceRegistry registry = SourceRegistry.read(new StringReader(yml.toString()), "bench.yml");
    try (Store store = Store.open(new DatabaseConfig("", "", ""), home)) {
      Crawler crawler = crawler(store, registry, concurrency);
      long t0 = System.nanoTime();
      CrawlReport r = crawler.runOnce(s -> true);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%d hosts × (1 list + %d articles), concurrency %d: %d fetches, %d articles stored,"
              + " %d failed in %.1f s = %.0f pages/s%n",
          hosts,
          perHost,
          concurrency,
          r.totalFetches(),
          r.totalNewArticles(),
          r.totalFailed(),
          secs,
          r.totalFetches() / secs);
    } finally {
      servers.forEach(s -> s.stop(0));
      pools.forEach(java.util.concurrent.ExecutorService::shutdownNow);
    }
  }

  /** A crawler of loopback sites with politeness off (no delay, no per-host cap). */
  static Crawler crawler(Store store, SourceRegistry registry, int concurrency) {
    return new Crawler(
        store,
        registry,
        Extractors.standard(registry, Clock.systemUTC()),
        HttpFetcher.standard(FetchSettings.defaults(), AddressGuard.standard(true)),
        Optional.empty(),
        new CrawlOptions(
            concurrency,
            Duration.ZERO,
            100_000,
            100_000,
            5,
            Duration.ofMinutes(10),
            Duration.ofHours(1)),
        Clock.systemUTC(),
        CrawlListener.NONE);
  }

  private static String article(int host, String path) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      body.append("<p>模拟主机")
          .append(host)
          .append("的第")
          .append(path)
          .append("篇文章第")
          .append(i)
          .append("段：区域全民健康信息平台建设持续推进，电子病历应用水平评价和互联互通测评工作有序开展，医疗机构数据共享能力不断提升。</p>");
    }
    return "<html><head><title>模拟文章"
        + path
        + "</title></head><body><div class=nav><a href='/'>首页</a></div>"
        + "<div class=article><h1>模拟文章"
        + host
        + path
        + "</h1><div class=info>2026-01-16 10:00 来源：模拟网</div>"
        + body
        + "</div></body></html>";
  }

  static void send(HttpExchange ex, int status, String body, String type) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }
}
