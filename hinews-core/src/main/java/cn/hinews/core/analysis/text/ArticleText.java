package cn.hinews.core.analysis.text;

import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text that analysis reads: a title and the body's paragraphs, in order.
 *
 * @param title the headline
 * @param paragraphs the body, one entry per block or line, none blank
 */
public record ArticleText(String title, List<String> paragraphs) {
  public ArticleText {
    Objects.requireNonNull(title, "title");
    paragraphs = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /** The title and blocks of a stored article. */
  public static ArticleText of(Article article) {
    return new ArticleText(article.title(), article.body().stream().map(Block::text).toList());
  }

  /** A plain text: the first non-blank line is the title, every further line a paragraph. */
  public static ArticleText parse(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\\R")));
    lines.removeIf(String::isBlank);
    if (lines.isEmpty()) {
      return new ArticleText("", List.of());
    }
    return new ArticleText(lines.get(0).strip(), lines.subList(1, lines.size()));
  }

  /** A title and a body whose lines are paragraphs. */
  public static ArticleText of(String title, String body) {
    return new ArticleText(title, List.of(body.split("\\R")));
  }

  /** The body as one string, paragraphs separated by newlines. */
  public String body() {
    return String.join("\n", paragraphs);
  }

  /** This text with every part normalised by {@code nlp}. */
  public ArticleText normalized(ChineseNlp nlp) {
    return new ArticleText(nlp.normalize(title), paragraphs.stream().map(nlp::normalize).toList());
  }
}
