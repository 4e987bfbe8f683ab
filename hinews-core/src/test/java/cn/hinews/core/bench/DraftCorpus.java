package cn.hinews.core.bench;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The real news a simulated period is made of (read-only, from {@code shared/datasets}): the full
 * articles of the eleven people.com.cn RSS feeds ({@code zh-sites/people.com.cn/rss/}, 2016–2022,
 * each item's description holds the article) and the cleaned bodies of {@code
 * zh-web-content-extraction} whose names begin with 0–7 (8–f stay unread, as for the relevance
 * set). Each text is analysed once; its date is given by the period it is planted in.
 */
final class DraftCorpus {
  /** One real article with its analysis, before it is dated into a period. */
  record Text(
      String channel, String title, String outlet, List<String> paragraphs, Analysis analysis) {
    Text {
      paragraphs = List.copyOf(paragraphs);
    }

    StoredArticle stored(long id, LocalDate day) {
      return new StoredArticle(
          id,
          new Article(
              "https://sim.invalid/" + id,
              title,
              outlet,
              "",
              List.of(),
              List.of(),
              Optional.of(PublishTime.ofDay(day, day.toString())),
              paragraphs.stream().map(Block::paragraph).toList(),
              Optional.empty()));
    }
  }

  private static final Pattern ITEM = Pattern.compile("<item>(.*?)</item>", Pattern.DOTALL);
  private static final Pattern TITLE =
      Pattern.compile("<title><!\\[CDATA\\[(.*?)]]></title>", Pattern.DOTALL);
  private static final Pattern DESCRIPTION =
      Pattern.compile("<description><!\\[CDATA\\[(.*?)]]></description>", Pattern.DOTALL);

  private DraftCorpus() {}

  /** Every text of the datasets under {@code datasets}, analysed by {@code analyzer}. */
  static List<Text> load(Path datasets, ArticleAnalyzer analyzer) throws IOException {
    List<Text> out = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    Path rss = datasets.resolve("zh-sites/people.com.cn/rss");
    try (Stream<Path> feeds = Files.list(rss)) {
      for (Path feed : feeds.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        String channel = feed.getFileName().toString().replace(".xml", "");
        Matcher items = ITEM.matcher(Files.readString(feed, StandardCharsets.UTF_8));
        while (items.find()) {
          Matcher t = TITLE.matcher(items.group(1));
          Matcher d = DESCRIPTION.matcher(items.group(1));
          if (!t.find() || !d.find()) {
            continue;
          }
          String title = t.group(1).strip();
          List<String> paragraphs = paragraphs(d.group(1));
          if (title.isEmpty() || paragraphs.isEmpty() || !titles.add(title)) {
            continue; // the same article in two channels counts once
          }
          out.add(analysed(channel, title, "人民网", paragraphs, analyzer));
        }
      }
    }
    Path cleaned = datasets.resolve("zh-web-content-extraction/cleaned");
    try (Stream<Path> files = Files.list(cleaned)) {
      for (Path f : files.sorted().toList()) {
        char first = f.getFileName().toString().charAt(0);
        if (first < '0' || first > '7') {
          continue;
        }
        List<String> lines =
            Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        if (lines.size() < 2) {
          continue;
        }
        String title = lines.get(0).length() > 40 ? lines.get(0).substring(0, 40) : lines.get(0);
        out.add(analysed("web", title, "", lines.subList(1, lines.size()), analyzer));
      }
    }
    return out;
  }

  private static List<String> paragraphs(String html) {
    List<String> out = new ArrayList<>();
    for (Element p : Jsoup.parseBodyFragment(html).select("p")) {
      String text = p.text().strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }

  static Text analysed(
      String channel,
      String title,
      String outlet,
      List<String> paragraphs,
      ArticleAnalyzer analyzer) {
    return new Text(
        channel, title, outlet, paragraphs, analyzer.analyze(new ArticleText(title, paragraphs)));
  }
}
