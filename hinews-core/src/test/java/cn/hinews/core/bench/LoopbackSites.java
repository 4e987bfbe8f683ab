package cn.hinews.core.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The scale benchmark's loopback sites, served until stopped, for trying the CLI as a user would
 * ({@code ./hinews crawl --once --sources FILE --allow-private-addresses}). Args: the sources.yml
 * to write, hosts (20), articles per host (300), the folder of texts.
 */
public final class LoopbackSites {
  private LoopbackSites() {}

  public static void main(String[] args) throws Exception {
    Path yml = Path.of(args[0]);
    int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int perHost = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Path texts =
        Path.of(args.length > 3 ? args[3] : "../shared/datasets/zh-web-content-extraction/cleaned");
    List<String> paras = ScaleBenchmark.paragraphs(texts);
    ScaleBenchmark.Sites sites = ScaleBenchmark.sites(hosts, perHost, paras);
    Files.writeString(yml, sites.yml(), StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT,
        "%d sites of %d articles each on 127.0.2.1-%d; their sources in %s; stop with Ctrl-C%n",
        hosts,
        perHost,
        hosts,
        yml);
    Thread.currentThread().join();
  }
}
