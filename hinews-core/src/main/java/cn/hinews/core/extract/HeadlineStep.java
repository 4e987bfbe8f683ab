package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Source;
import cn.hinews.core.text.ChineseText;
import java.util.List;
import java.util.Optional;

/**
 * {@code headline}: when neither a site rule nor an {@code <h1>} confirms the title, and the title
 * is only the site's name or says less than the heading over the body ({@link Headline}), that
 * heading is the title; the body's first block goes when it only repeats it. A body that begins
 * with a line the {@code <title>} holds, longer than the title read so far, begins with its
 * headline: that line is the title.
 */
final class HeadlineStep implements ExtractionStep {
  @Override
  public String name() {
    return "headline";
  }

  @Override
  public Draft apply(Draft draft) {
    ParsedPage p = draft.parsedPage();
    if (p.site().ruleTitle().isPresent() || p.head().heading().isPresent()) {
      return draft;
    }
    List<Block> blocks = draft.blocks();
    Optional<String> firstLine =
        Headline.firstLineInTitle(blocks, MetaReader.docTitle(p.doc()))
            .filter(line -> Headline.otherPart(line, draft.title(), MetaReader.docTitle(p.doc())));
    if (firstLine.isPresent()) {
      return draft
          .withTitle(firstLine.get())
          .withBlocks(blocks.subList(1, blocks.size()))
          .noted("title: the body's first line, which the <title> holds");
    }
    Optional<String> headline =
        Headline.beforeBody(
            p.doc(),
            p.fullText(),
            blocks,
            MetaReader.docTitle(p.doc()),
            p.head().siteParts(),
            draft.found().found().top());
    if (headline.isEmpty()) {
      return draft;
    }
    String title = draft.title();
    boolean siteTitle =
        Headline.namesTheSite(title, p.site().source().map(Source::outlet), p.head().siteName());
    if (!siteTitle && !Headline.weak(title, p.fullText(), headline.get())) {
      return draft;
    }
    Draft d = draft.withTitle(headline.get()).noted("title: the heading over the body");
    String key = ChineseText.compareKey(headline.get());
    if (!blocks.isEmpty() && ChineseText.compareKey(blocks.get(0).text()).equals(key)) {
      d = d.withBlocks(blocks.subList(1, blocks.size()));
    }
    return d;
  }
}
