package cn.hinews.core.bench;

import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.extract.Extraction;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.extract.Page;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.text.ChineseText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Title and date accuracy on a page set with hand-made truth ({@code bench/titledate.sh}): a folder
 * of pages and its {@code truth.tsv} (file, URL, title, date as yyyy-MM-dd, how the page shows it).
 * A title is right when it equals the truth once whitespace is dropped and full-width forms are
 * folded, a leading 【…】 label taken off both or neither; a date when the day is the truth's.
 */
public final class TitleDateEval {
  private static final Pattern LABEL = Pattern.compile("^[【\\[][^】\\]]{1,12}[】\\]]");

  private TitleDateEval() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args.length > 0 ? args[0] : "bench/titledate");
    List<String> lines = Files.readAllLines(dir.resolve("truth.tsv"), StandardCharsets.UTF_8);
    ArticleExtractor extractor =
        Extractors.standard(
            SourceRegistry.defaults(),
            Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
    int pages = 0;
    int titles = 0;
    int dates = 0;
    List<String> misses = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        continue;
      }
      pages++;
      Extraction x = extractor.extract(Page.of(f[1], Files.readAllBytes(dir.resolve(f[0]))));
      String date = x.published().map(p -> p.date().toString()).orElse("(none)");
      if (sameTitle(x.title(), f[2])) {
        titles++;
      } else {
        misses.add(f[0] + "  title: " + x.title() + "  | truth: " + f[2]);
      }
      if (date.equals(f[3])) {
        dates++;
      } else {
        misses.add(f[0] + "  date: " + date + "  | truth: " + f[3] + " (" + f[4] + ")");
      }
      x.failure().ifPresent(why -> misses.add(f[0] + "  failure: " + why));
    }
    out.printf(
        Locale.ROOT,
        "%d pages: title accuracy %.3f (%d), date accuracy %.3f (%d)%n",
        pages,
        pages == 0 ? 0.0 : (double) titles / pages,
        titles,
        pages == 0 ? 0.0 : (double) dates / pages,
        dates);
    misses.forEach(m -> out.println("  miss " + m));
  }

  static boolean sameTitle(String found, String truth) {
    String a = ChineseText.compareKey(found);
    String b = ChineseText.compareKey(truth);
    return a.equals(b) || unlabelled(a).equals(unlabelled(b));
  }

  private static String unlabelled(String key) {
    return LABEL.matcher(key).replaceFirst("");
  }
}
