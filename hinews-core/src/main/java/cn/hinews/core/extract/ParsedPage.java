package cn.hinews.core.extract;

import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.SiteRules;
import cn.hinews.core.domain.Source;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;

/**
 * A page parsed: its DOM, what its head says, which source it belongs to, its visible text.
 *
 * @param doc the DOM; changed only by the {@code clean} step (see {@link CleanStep})
 * @param head what the page's metadata says, read before any cleaning
 * @param site the page's source and that source's rules
 * @param fullText the body's visible text as the page came (where the date and byline lines are
 *     looked for)
 * @param uncleaned a fresh DOM of the same page, cleaned without class names, for the second try on
 *     a page whose cleaning left little (set by {@code clean}; parsed only when asked for)
 */
record ParsedPage(
    Document doc, Head head, Site site, String fullText, Optional<Supplier<Document>> uncleaned) {

  /**
   * The page's own metadata.
   *
   * @param heading the {@code <h1>} that confirms the {@code <title>}, if one does
   * @param title the title the head and the {@code <h1>} give
   * @param docTitle the {@code <title>} as written
   * @param siteParts the parts of the {@code <title>} that name the site
   * @param date the date of meta tags, JSON-LD or a script's state
   * @param modified when the page's metadata says it last changed
   * @param authors authors named by meta tags and JSON-LD
   * @param embeddedAuthors authors in a single-page app's state
   * @param siteName og:site_name and the like
   * @param image og:image, absolute
   */
  record Head(
      Optional<String> heading,
      String title,
      String docTitle,
      List<String> siteParts,
      Optional<PublishTime> date,
      Optional<PublishTime> modified,
      List<String> authors,
      List<String> embeddedAuthors,
      Optional<String> siteName,
      Optional<String> image) {
    Head {
      siteParts = List.copyOf(siteParts);
      authors = List.copyOf(authors);
      embeddedAuthors = List.copyOf(embeddedAuthors);
    }
  }

  /**
   * Where the page comes from.
   *
   * @param host the URL's host, empty if none
   * @param source the registry's source for the host
   * @param rules that source's CSS rules (none for an unknown host)
   * @param ruleTitle the text the title rule selects
   * @param ruleTime the time the time rule selects
   */
  record Site(
      String host,
      Optional<Source> source,
      SiteRules rules,
      Optional<String> ruleTitle,
      Optional<PublishTime> ruleTime) {}

  ParsedPage withUncleaned(Supplier<Document> fresh) {
    return new ParsedPage(doc, head, site, fullText, Optional.of(fresh));
  }
}
