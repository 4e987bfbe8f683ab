package cn.hinews.core.analysis.relevance;

import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.archive.BulletinFormatException;
import cn.hinews.core.archive.MarkdownBulletinParser;
import cn.hinews.core.archive.ParsedItem;
import cn.hinews.core.archive.SeedFixtures;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.domain.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * The relevance evaluation set (see {@code src/test/resources/analysis/eval/README.md}): the seed
 * bulletins' items as positives, passages of real non-health-informatics texts as negatives, health
 * news that is not about informatics as the middle class.
 */
public final class EvalSet {
  /** The class of an evaluation text. */
  public enum Label {
    POSITIVE,
    MIDDLE,
    NEGATIVE
  }

  /**
   * One evaluation text.
   *
   * @param id a readable name (seed and item number, or file and passage)
   * @param group the cross-validation group: texts of one group always share a fold
   */
  public record Doc(String id, String group, Label label, ArticleText text) {}

  static final String ROOT = "/analysis/eval/";
  static final List<String> NEGATIVES =
      List.of(
          "05e98007-d810-4036-b154-2ef2fe68c2af",
          "0d931936-d510-4904-a714-88bb267b62da",
          "0df12126-cd86-46a7-a00b-4d024a7a0954",
          "0ef8393b-0415-494c-b608-1d45bb33c6fb",
          "2168485b-0614-4e1e-b88e-289bde57e5f0",
          "2397c95d-2de8-4ca5-a569-4fffd20b9d50",
          "274a65d9-46df-45be-b9f6-4d18ba911427",
          "2bac7fb2-efbd-4444-99c8-51c72acf5c7d",
          "33a95b71-b49b-42c1-9c0a-ab8e3feba3cf",
          "35687fb1-3d1f-46ac-a1c1-30ae027b2ae4",
          "36efbc69-53dd-4d58-9e67-0353e2a1a7ec",
          "3832838a-d7ea-4da5-86ac-90de11124ab6",
          "386d70f8-19dc-495b-aa14-18cc057e1544",
          "3e1af229-5b3e-4cfc-82b2-481f37d7adf7",
          "455de1c0-8332-4c76-aca6-724d22f840fd",
          "500b350d-d38d-4fb0-9e81-75e0c95e95a8",
          "54e89e4e-6d47-424f-b172-12b7e360c25c",
          "59562291-5657-476d-9902-ad76b53ef82b",
          "5dc3fa2d-6734-41e9-8520-a9c7c91ae1f8",
          "658d9f03-ebba-4946-b0e8-25b6fdbeb1c7",
          "6650f72a-89ca-403a-9384-204ea6c072e6",
          "6820ebe7-83ad-4876-babc-dcc92bf7d2df",
          "6dc2d508-abb9-467c-bbea-1fedfcec5f9d",
          "77fa9435-93a8-401b-a264-a3f5909d5ea7",
          "7c6d2080-5ab9-4385-9c0e-e1c8ed06efd3");
  static final List<String> MIDDLE =
      List.of(
          "064b591b-3cac-4a08-88d0-41c193a2350d",
          "47f387e6-6467-41fd-a165-b13c1171c6e7",
          "4fa9dfe4-874c-4c43-9260-6ea22710852c",
          "5acac71b-e2db-4e33-8e2f-9d6844f165fd");
  private static final int PASSAGE_CHARS = 800;

  private EvalSet() {}

  /** Every text of the set: positives, then middle, then negatives. */
  public static List<Doc> load() {
    List<Doc> out = new ArrayList<>(positives());
    for (String id : MIDDLE) {
      out.add(
          new Doc(
              "middle/" + id.substring(0, 8),
              id,
              Label.MIDDLE,
              titled(lines(read(ROOT + "middle/" + id + ".txt")))));
    }
    for (String id : NEGATIVES) {
      out.addAll(negatives(id, read(ROOT + "negative/" + id + ".txt")));
    }
    return out;
  }

  /** The passages of one negative text, each a negative of the group {@code name}. */
  public static List<Doc> negatives(String name, String text) {
    List<Doc> out = new ArrayList<>();
    List<List<String>> passages = passages(lines(text));
    for (int i = 0; i < passages.size(); i++) {
      String shortName = name.length() > 8 ? name.substring(0, 8) : name;
      out.add(
          new Doc(
              "negative/" + shortName + "#" + (i + 1),
              name,
              Label.NEGATIVE,
              titled(passages.get(i))));
    }
    return out;
  }

  /** The items of the seed bulletins. */
  public static List<Doc> positives() {
    List<Doc> out = new ArrayList<>();
    for (String name : SeedFixtures.NAMES) {
      out.addAll(items(name, SeedFixtures.seed(name)));
    }
    return out;
  }

  /** The items of one bulletin (Markdown), each a positive. */
  public static List<Doc> items(String name, String markdown) {
    MarkdownBulletinParser parser = new MarkdownBulletinParser(ConfigLoader.defaults());
    List<ParsedItem> items;
    try {
      items = parser.parse(markdown).items();
    } catch (BulletinFormatException e) {
      throw new IllegalStateException("bulletin " + name + " does not parse: " + e.getMessage(), e);
    }
    List<Doc> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ParsedItem item = items.get(i);
      out.add(
          new Doc(
              name + "#" + (i + 1),
              name + "#" + (i + 1),
              Label.POSITIVE,
              new ArticleText(item.title(), item.body().stream().map(Block::text).toList())));
    }
    return out;
  }

  /** Raw text of a negative or middle file, for the reprint evaluation. */
  public static List<String> rawTexts() {
    List<String> out = new ArrayList<>();
    for (String id : MIDDLE) {
      out.add(read(ROOT + "middle/" + id + ".txt"));
    }
    for (String id : NEGATIVES) {
      out.add(read(ROOT + "negative/" + id + ".txt"));
    }
    return out;
  }

  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String s = line.strip().replace('\u3000', ' ').strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<List<String>> passages(List<String> lines) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int chars = 0;
    for (String line : lines) {
      current.add(line);
      chars += line.length();
      if (chars >= PASSAGE_CHARS) {
        out.add(current);
        current = new ArrayList<>();
        chars = 0;
      }
    }
    if (!current.isEmpty() && (out.isEmpty() || chars >= PASSAGE_CHARS / 4)) {
      out.add(current);
    } else if (!current.isEmpty()) {
      out.get(out.size() - 1).addAll(current);
    }
    return out;
  }

  /** The first sentence (at most 30 characters) stands in for the missing title. */
  private static ArticleText titled(List<String> paragraphs) {
    String first = paragraphs.isEmpty() ? "" : paragraphs.get(0);
    int end = first.length();
    for (String stop : List.of("。", "！", "？", "；")) {
      int i = first.indexOf(stop);
      if (i > 0 && i < end) {
        end = i;
      }
    }
    String title = first.substring(0, Math.min(end, 30));
    return new ArticleText(title, paragraphs);
  }

  static String read(String path) {
    return SeedFixtures.resource(path);
  }
}
