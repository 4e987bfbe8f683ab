package cn.hinews.core.bench;

import cn.hinews.core.search.SearchDoc;
import cn.hinews.core.search.SearchIndex;
import cn.hinews.core.search.SearchIndexes;
import cn.hinews.core.search.SearchQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Search latency at scale: an index on disk of N articles (100,000 by default) made of sentences of
 * real Chinese news (the zh-web-content-extraction texts whose names begin with 0–7, and the seed
 * bulletins), then 2,000 queries of words, phrases, OR, NOT, filters and date sorting, timed one by
 * one after a warm-up: p50, p95, p99 and max. Args: docs, corpus folders or files.
 */
public final class SearchBenchmark {
  private static final String[] OUTLETS = {
    "人民网", "新华网", "央广网", "光明网", "中国网", "北京日报", "新京报", "国家卫生健康委", "北京市卫生健康委", "中国政府网"
  };

  private SearchBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<Path> inputs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      inputs.add(Path.of(args[i]));
    }
    if (inputs.isEmpty()) {
      inputs.add(Path.of("../shared/datasets/zh-web-content-extraction/cleaned"));
      inputs.add(Path.of("../shared/seeds"));
    }
    List<String> sentences = sentences(inputs);
    System.out.printf(Locale.ROOT, "%d sentences of real text%n", sentences.size());
    Random random = new Random(20260116);
    Path dir = Files.createTempDirectory("hinews-search-bench");
    try (SearchIndex index = SearchIndexes.lucene(dir)) {
      long t0 = System.nanoTime();
      List<SearchDoc> batch = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        StringBuilder body = new StringBuilder();
        int len = 8 + random.nextInt(25);
        for (int s = 0; s < len; s++) {
          body.append(sentences.get(random.nextInt(sentences.size())));
          if (s % 4 == 3) {
            body.append("\n\n");
          }
        }
        String title = sentences.get(random.nextInt(sentences.size()));
        title = title.length() > 40 ? title.substring(0, 40) : title;
        batch.add(
            new SearchDoc(
                "article:" + i,
                SearchDoc.Type.ARTICLE,
                i,
                "https://example.cn/" + i + ".html",
                title,
                body.toString(),
                OUTLETS[random.nextInt(OUTLETS.length)],
                Optional.of(random.nextInt(3) == 0 ? "government" : "media"),
                List.of(),
                Optional.of(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000))),
                Optional.empty(),
                Optional.empty()));
        if (batch.size() == 5_000) {
          index.put(batch);
          batch.clear();
        }
      }
      index.put(batch);
      double indexSecs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "indexed %d articles in %.1f s (%.0f/s), %d MB on disk%n",
          index.count(),
          indexSecs,
          n / indexSecs,
          size(dir) >> 20);
      List<SearchQuery> queries = queries(sentences, random, 2_000);
      for (int i = 0; i < 300; i++) {
        index.search(queries.get(i % queries.size()));
      }
      long[] micros = new long[queries.size()];
      long hits = 0;
      for (int i = 0; i < queries.size(); i++) {
        long s = System.nanoTime();
        hits += index.search(queries.get(i)).total();
        micros[i] = (System.nanoTime() - s) / 1_000;
      }
      Arrays.sort(micros);
      System.out.printf(
          Locale.ROOT,
          "%d queries (first page of 10, highlighted): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
              + " max %.1f ms; %.0f hits per query on average%n",
          micros.length,
          micros[micros.length / 2] / 1000.0,
          micros[(int) (micros.length * 0.95)] / 1000.0,
          micros[(int) (micros.length * 0.99)] / 1000.0,
          micros[micros.length - 1] / 1000.0,
          (double) hits / micros.length);
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static List<SearchQuery> queries(List<String> sentences, Random random, int count) {
    List<SearchQuery> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String a = word(sentences, random);
      String b = word(sentences, random);
      String text =
          switch (i % 5) {
            case 0 -> a;
            case 1 -> a + " " + b;
            case 2 -> a + " OR " + b;
            case 3 -> a + " NOT " + b;
            default -> "\"" + a + b + "\"";
          };
      boolean filtered = i % 3 == 0;
      out.add(
          new SearchQuery(
              text,
              Set.of(),
              filtered ? Set.of(OUTLETS[random.nextInt(OUTLETS.length)]) : Set.of(),
              Optional.empty(),
              Set.of(),
              Optional.empty(),
              filtered ? Optional.of(LocalDate.of(2024, 6, 1)) : Optional.empty(),
              filtered ? Optional.of(LocalDate.of(2025, 12, 31)) : Optional.empty(),
              i % 2 == 0 ? SearchQuery.Sort.RELEVANCE : SearchQuery.Sort.DATE,
              0,
              10));
    }
    return out;
  }

  /** Two to four Chinese characters from a random sentence. */
  static String word(List<String> sentences, Random random) {
    for (int tries = 0; ; tries++) {
      String s = sentences.get(random.nextInt(sentences.size()));
      int len = 2 + random.nextInt(3);
      if (s.length() <= len) {
        continue;
      }
      int at = random.nextInt(s.length() - len);
      String w = s.substring(at, at + len);
      if (w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
          || tries > 50) {
        return w;
      }
    }
  }

  static List<String> sentences(List<Path> inputs) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path in : inputs) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.list(in)) {
          // the texts whose names begin with 8–f are kept out of everything here (a held-out check)
          s.filter(p -> p.getFileName().toString().matches("[0-7].*\\.txt|.*\\.md"))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(in);
      }
      for (Path f : files) {
        for (String s : Files.readString(f, StandardCharsets.UTF_8).split("(?<=[。！？])|\\n+")) {
          String t = s.strip();
          if (t.length() >= 8) {
            out.add(t);
          }
        }
      }
    }
    return out;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
