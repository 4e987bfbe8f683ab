package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who wrote the page, who edited it, and its 来源 line: read from the text around the body, the
 * strongest evidence first — a labelled byline after the headline, a name standing under it, the
 * body's first and last lines, the page's metadata, anywhere on the page.
 */
final class Credits {
  /** How far past the body's end the 来源 and 编辑 lines are looked for. */
  static final int AFTER_WINDOW = 300;

  /**
   * The text around a found body.
   *
   * @param title the headline
   * @param near the page's text after the headline
   * @param head the body's first 300 characters
   * @param tail the body's last 300 characters
   * @param after the page's text after the body
   * @param pageText the page's whole text
   * @param unitsText the text of everything the body's container held, before filtering
   * @param blocks the body
   * @param metaAuthors authors named by meta tags and JSON-LD
   * @param embeddedAuthors authors named in a script's page state (single-page apps)
   * @param knownSource whether the page's host is a source of the registry (an outlet, not a
   *     person, is then its 来源)
   */
  record Around(
      String title,
      String near,
      String head,
      String tail,
      String after,
      String pageText,
      String unitsText,
      List<Block> blocks,
      List<String> metaAuthors,
      List<String> embeddedAuthors,
      boolean knownSource) {}

  /**
   * What was found; {@code blocks} without a byline line that was taken out of the body, {@code
   * notes} the places the names came from.
   */
  record Found(
      List<String> authors,
      List<String> editors,
      String sourceLine,
      List<Block> blocks,
      List<String> notes) {}

  private Credits() {}

  static Found read(Around a) {
    List<String> notes = new ArrayList<>();
    List<Block> blocks = a.blocks();
    String near = a.near();
    List<String> authors = Bylines.authors(near);
    if (authors.isEmpty() && !blocks.isEmpty() && Bylines.nameOnly(blocks.get(0).text())) {
      // an essay's author on the line under the title: a byline, not body text
      authors = List.of(blocks.get(0).text().replaceAll("[（()）\\[\\]【】]", "").strip());
      blocks = blocks.subList(1, blocks.size());
      notes.add("author from the line under the title");
    }
    String pageText = a.pageText();
    List<Block> body = blocks;
    if (authors.isEmpty()) {
      authors = firstFound(places(a, body), notes);
    }
    List<String> editors = Bylines.editors(a.unitsText() + "\n" + near);
    if (editors.isEmpty()) {
      editors = Bylines.editors(pageText.substring(0, Math.min(20_000, pageText.length())));
    }
    authors = new ArrayList<>(authors);
    authors.removeAll(editors);
    String sourceLine = Bylines.source(near).or(() -> Bylines.source(a.head())).orElse("");
    if (authors.isEmpty() && !a.knownSource()) {
      Optional<String> endSource =
          Bylines.source(a.tail() + "\n" + a.after()).filter(Bylines::nameOnly);
      if (endSource.isPresent()) {
        authors = List.of(endSource.get());
        notes.add("author from the 来源 line at the end, which names a person");
      }
    }
    if (authors.isEmpty() && Bylines.nameOnly(sourceLine) && !a.knownSource()) {
      // 来源：尹娟 — some portals put the writer where the outlet belongs
      authors = List.of(sourceLine);
      notes.add("author from the 来源 line, which names a person");
    }
    return new Found(
        List.copyOf(authors),
        List.copyOf(editors),
        sourceLine,
        List.copyOf(blocks),
        List.copyOf(notes));
  }

  /** Where to look for authors when no byline follows the headline, the strongest first. */
  private static List<Place> places(Around a, List<Block> body) {
    String near = a.near();
    String pageText = a.pageText();
    return List.of(
        new Place(
            "author from the title's \"name：\" that stands again under the headline",
            () -> Bylines.nameBeforeTitle(a.title(), near)),
        new Place("", () -> Bylines.bracketed(near.substring(0, Math.min(120, near.length())))),
        new Place("", () -> Bylines.authors(a.head())),
        new Place("", () -> Bylines.authors(a.tail())),
        new Place(
            "",
            () -> body.isEmpty() ? List.of() : Bylines.trailing(body.get(body.size() - 1).text())),
        new Place("", a::metaAuthors),
        new Place(
            "authors from the line under the headline",
            () -> Bylines.underHeadline(near, a.title())),
        new Place("author from the page state in a script", a::embeddedAuthors),
        new Place(
            "authors from a byline elsewhere on the page",
            () -> Bylines.authors(pageText.substring(0, Math.min(50_000, pageText.length())))),
        new Place(
            "author: the blog's owner, named before their profile",
            () -> Bylines.profileOwner(pageText)));
  }

  /** A place to look for authors, in order, and the note that says it was used (none if empty). */
  private record Place(String note, Supplier<List<String>> names) {}

  private static List<String> firstFound(List<Place> places, List<String> notes) {
    for (Place p : places) {
      List<String> names = p.names().get();
      if (!names.isEmpty()) {
        if (!p.note().isEmpty()) {
          notes.add(p.note());
        }
        return names;
      }
    }
    return List.of();
  }

  /** The page's text after the body's last line, {@link #AFTER_WINDOW} characters of it. */
  static String after(String pageText, List<Block> blocks) {
    if (blocks.isEmpty()) {
      return "";
    }
    String last = blocks.get(blocks.size() - 1).text().strip();
    String key = last.substring(Math.max(0, last.length() - 16));
    int at = key.isEmpty() ? -1 : pageText.lastIndexOf(key);
    if (at < 0) {
      return "";
    }
    int from = at + key.length();
    return pageText.substring(from, Math.min(pageText.length(), from + AFTER_WINDOW));
  }
}
