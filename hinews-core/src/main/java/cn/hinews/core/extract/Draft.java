package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.PublishTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the extraction chain knows of one page so far, passed from step to step and never changed:
 * each step returns a new draft ({@code with…}). Its lists are immutable; the parsed document in
 * {@link #parsed} is jsoup's and so mutable, but only the {@code clean} step changes it (see {@link
 * CleanStep}), every later step only reads it.
 *
 * @param page the page as fetched
 * @param now the extraction's clock, in Shanghai time (relative dates: 刚刚, 3小时前)
 * @param decoded the page's text and the charset it was read in (after {@code decode})
 * @param parsed the decoded text, its DOM and what its head and site rules say (after {@code
 *     parse})
 * @param title the headline as the steps so far read it
 * @param body the body's element(s) and blocks (after {@code body})
 * @param published the publish time (after {@code date})
 * @param credits authors, editors and the 来源 line (after {@code credits})
 * @param outlet the publishing brand (after {@code outlet})
 * @param images the lead images (after {@code images})
 * @param notes the decisions taken, in order, for the diagnostics
 * @param failure why the page gives no article, if it does not; the chain stops there
 */
record Draft(
    Page page,
    LocalDateTime now,
    Optional<PageDecoder.Decoded> decoded,
    Optional<ParsedPage> parsed,
    String title,
    Optional<Body> body,
    Optional<PublishTime> published,
    Optional<Credits.Found> credits,
    String outlet,
    List<String> images,
    List<String> notes,
    Optional<String> failure) {

  /**
   * The body as found and written.
   *
   * @param found the element(s) chosen and how clearly they won
   * @param written the blocks as written from them before filtering, and their images
   * @param blocks the body's blocks after filtering
   * @param byRule whether a site rule chose the element (no second try then)
   */
  record Body(
      ContentFinder.Found found, BlockWriter.Written written, List<Block> blocks, boolean byRule) {
    Body {
      blocks = List.copyOf(blocks);
    }

    Body withBlocks(List<Block> newBlocks) {
      return new Body(found, written, newBlocks, byRule);
    }
  }

  Draft {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    images = List.copyOf(images);
    notes = List.copyOf(notes);
  }

  /** The draft the chain starts from: the page and the time, nothing read yet. */
  static Draft of(Page page, LocalDateTime now) {
    return new Draft(
        page,
        now,
        Optional.empty(),
        Optional.empty(),
        "",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "",
        List.of(),
        List.of(),
        Optional.empty());
  }

  /** The parsed page; the steps after {@code parse} may count on it. */
  ParsedPage parsedPage() {
    return parsed.orElseThrow(() -> new IllegalStateException("the page is not parsed yet"));
  }

  /** The body; the steps after {@code body} may count on it. */
  Body found() {
    return body.orElseThrow(() -> new IllegalStateException("no body was looked for yet"));
  }

  /** The body's blocks so far, none before {@code body}. */
  List<Block> blocks() {
    return body.map(Body::blocks).orElse(List.of());
  }

  Draft withDecoded(PageDecoder.Decoded d) {
    return new Draft(
        page,
        now,
        Optional.of(d),
        parsed,
        title,
        body,
        published,
        credits,
        outlet,
        images,
        notes,
        failure);
  }

  Draft withParsed(ParsedPage p) {
    return new Draft(
        page,
        now,
        decoded,
        Optional.of(p),
        title,
        body,
        published,
        credits,
        outlet,
        images,
        notes,
        failure);
  }

  Draft withTitle(String t) {
    return new Draft(
        page, now, decoded, parsed, t, body, published, credits, outlet, images, notes, failure);
  }

  Draft withBody(Body b) {
    return new Draft(
        page,
        now,
        decoded,
        parsed,
        title,
        Optional.of(b),
        published,
        credits,
        outlet,
        images,
        notes,
        failure);
  }

  Draft withBlocks(List<Block> blocks) {
    return withBody(found().withBlocks(blocks));
  }

  Draft withPublished(Optional<PublishTime> p) {
    return new Draft(
        page, now, decoded, parsed, title, body, p, credits, outlet, images, notes, failure);
  }

  Draft withCredits(Credits.Found c) {
    return new Draft(
        page,
        now,
        decoded,
        parsed,
        title,
        body,
        published,
        Optional.of(c),
        outlet,
        images,
        notes,
        failure);
  }

  Draft withOutlet(String o) {
    return new Draft(
        page, now, decoded, parsed, title, body, published, credits, o, images, notes, failure);
  }

  Draft withImages(List<String> i) {
    return new Draft(
        page, now, decoded, parsed, title, body, published, credits, outlet, i, notes, failure);
  }

  /** This draft with one more note. */
  Draft noted(String note) {
    return notedAll(List.of(note));
  }

  /** This draft with more notes, in order. */
  Draft notedAll(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(notes.size() + more.size());
    all.addAll(notes);
    all.addAll(more);
    return new Draft(
        page, now, decoded, parsed, title, body, published, credits, outlet, images, all, failure);
  }

  /** This draft as the end of the chain: the page gives no article, for the reason given. */
  Draft failed(String why) {
    return new Draft(
        page,
        now,
        decoded,
        parsed,
        title,
        body,
        published,
        credits,
        outlet,
        images,
        notes,
        Optional.of(why));
  }

  /** The extraction this draft ends in. */
  Extraction toExtraction() {
    Optional<Credits.Found> c = credits;
    return new Extraction(
        page.url(),
        title,
        published,
        outlet,
        c.map(Credits.Found::sourceLine).orElse(""),
        c.map(Credits.Found::authors).orElse(List.of()),
        c.map(Credits.Found::editors).orElse(List.of()),
        failure.isPresent() ? List.of() : blocks(),
        images,
        new Diagnostics(
            decoded.map(d -> d.charset().name()).orElse("?"),
            decoded.map(PageDecoder.Decoded::source).orElse("?"),
            body.map(b -> StandardExtractor.path(b.found().top())).orElse(""),
            body.map(b -> b.found().confidence()).orElse(0.0),
            notes),
        failure.isPresent() || !blocks().isEmpty()
            ? failure
            : Optional.of("no article body found"));
  }
}
