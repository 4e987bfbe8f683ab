package cn.hinews.core.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixture web sites for crawler tests: real HTTP servers on loopback, one per site, each on its own
 * address of 127.0.0.0/8 so that each is a host of its own. Counts the hits on every path.
 */
final class FixtureWeb implements AutoCloseable {
  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange ex) throws IOException, InterruptedException;
  }

  /** One site. */
  static final class Site {
    final HttpServer server;
    final java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(8);
    final String host;
    final String base;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<Long> hitTimes = new CopyOnWriteArrayList<>();

    Site(String address) throws IOException {
      server = HttpServer.create(new InetSocketAddress(address, 0), 50);
      server.setExecutor(pool);
      host = address;
      base = "http://" + address + ":" + server.getAddress().getPort();
    }

    Site on(String path, Handler handler) {
      server.createContext(
          path,
          ex -> {
            hits.computeIfAbsent(ex.getRequestURI().getPath(), p -> new AtomicInteger())
                .incrementAndGet();
            hitTimes.add(System.nanoTime());
            try {
              handler.handle(ex);
            } catch (IOException e) {
              // the client went away (a timeout or a size limit on its side): nothing to answer
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              ex.close();
            }
          });
      return this;
    }

    Site page(String path, String html) {
      return on(
          path,
          ex -> send(ex, 200, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
    }

    int hits(String path) {
      AtomicInteger n = hits.get(path);
      return n == null ? 0 : n.get();
    }

    String url(String path) {
      return base + path;
    }
  }

  private final List<Site> sites = new ArrayList<>();

  Site site(String address) throws IOException {
    Site s = new Site(address);
    sites.add(s);
    return s;
  }

  void start() {
    sites.forEach(s -> s.server.start());
  }

  @Override
  public void close() {
    sites.forEach(
        s -> {
          s.server.stop(0);
          s.pool.shutdownNow();
        });
  }

  static void send(HttpExchange ex, int status, byte[] body, String type) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** A plausible Chinese news article page. */
  static String article(String title, String date, String outlet, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p).append("</p>\n");
    }
    return "<!DOCTYPE html><html><head><title>"
        + title
        + "_"
        + outlet
        + "</title></head><body><div class=nav><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        + "<div class=article><h1>"
        + title
        + "</h1><div class=info>"
        + date
        + " 来源："
        + outlet
        + "</div><div class=content>"
        + body
        + "</div><div class=editor>责任编辑：王五</div></div>"
        + "<div class=footer>版权所有 ©2026 "
        + outlet
        + "</div></body></html>";
  }

  /** Three paragraphs of believable text, varied by {@code n}. */
  static String[] paragraphs(String topic, int n) {
    return new String[] {
      "记者从" + topic + "获悉，第" + n + "批互联网医院建设试点工作近日全面启动，覆盖全市二级以上公立医院，预计年内完成电子病历系统升级改造。",
      "据介绍，试点医院将依托区域全民健康信息平台，推动检查检验结果互认共享，患者在不同医院就诊时无需重复检查，就医负担进一步减轻。",
      "下一步，" + topic + "将加强医疗数据安全管理，完善个人健康信息保护制度，确保数据在授权范围内依法合规使用，第" + n + "项措施将于下月落地。"
    };
  }

  static byte[] bytes(String s, Charset cs) {
    return s.getBytes(cs);
  }
}
