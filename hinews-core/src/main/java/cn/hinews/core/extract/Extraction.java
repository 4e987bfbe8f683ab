package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.PublishTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the extractor read from one page. It never throws: a page it cannot read gives a result with
 * {@link #failure} saying why and whatever it could read.
 *
 * @param url the page's URL
 * @param title the headline, without the site's suffix
 * @param published publish time with its precision and the raw text it came from
 * @param outlet the publishing brand (by host from the source registry, else the page's own name)
 * @param sourceLine the page's own 来源 (the original outlet of a reprint), empty if none
 * @param authors reporters and writers
 * @param editors 责任编辑 / 编辑
 * @param blocks the body: paragraphs, subheadings, image captions
 * @param leadImages absolute URLs of the body's images, first ones first
 * @param diagnostics why
 * @param failure why the page could not be read, if it could not
 */
public record Extraction(
    String url,
    String title,
    Optional<PublishTime> published,
    String outlet,
    String sourceLine,
    List<String> authors,
    List<String> editors,
    List<Block> blocks,
    List<String> leadImages,
    Diagnostics diagnostics,
    Optional<String> failure) {
  public Extraction {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(sourceLine, "sourceLine");
    authors = List.copyOf(authors);
    editors = List.copyOf(editors);
    blocks = List.copyOf(blocks);
    leadImages = List.copyOf(leadImages);
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(failure, "failure");
  }

  /** The body as text, paragraphs separated by blank lines. */
  public String bodyText() {
    return Block.joined(blocks);
  }

  public boolean ok() {
    return failure.isEmpty();
  }

  /** Why this cannot be stored as an article (no title, no body, a failure); empty when it can. */
  public Optional<String> unstorable() {
    if (failure.isPresent()) {
      return failure;
    }
    if (title.isBlank()) {
      return Optional.of("no title found");
    }
    return blocks.isEmpty() ? Optional.of("no body found") : Optional.empty();
  }

  /**
   * The article to store under its canonical URL.
   *
   * @param fallbackOutlet the source's outlet, for a page that names none
   */
  public cn.hinews.core.domain.Article toArticle(
      String canonicalUrl, String fallbackOutlet, Optional<java.time.Instant> fetchedAt) {
    return new cn.hinews.core.domain.Article(
        canonicalUrl,
        title,
        outlet.isBlank() ? fallbackOutlet : outlet,
        sourceLine,
        authors,
        editors,
        published,
        blocks,
        fetchedAt);
  }
}
