package cn.hinews.core.discover;

import cn.hinews.core.domain.EntryPoint;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSS and Atom through Rome, read leniently: dates that are not RFC 822 (人民网) or missing (新华网) do
 * not matter, since the article page has its own. A feed Rome cannot parse at all is scanned for
 * its {@code <link>} elements instead, and the reason is kept as a problem.
 */
final class FeedDiscoverer implements Discoverer {
  private static final Pattern LINK_ELEMENT =
      Pattern.compile("<link>\\s*(?:<!\\[CDATA\\[)?\\s*([^<\\]\\s]+)\\s*(?:\\]\\]>)?\\s*</link>");
  private static final Pattern ATOM_LINK =
      Pattern.compile("<link\\b[^>]*?href\\s*=\\s*[\"']([^\"']+)[\"']");

  @Override
  public Discovered discover(EntryPoint entry, EntryPage page) {
    Set<String> links = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    try (Reader reader = reader(page)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      SyndFeed feed = input.build(reader);
      for (SyndEntry e : feed.getEntries()) {
        link(page.url(), e).ifPresent(links::add);
      }
      return new Discovered(List.copyOf(links), List.of(), Optional.empty(), problems);
    } catch (FeedException | IOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(page.url() + ": not a readable feed (" + e.getMessage() + "); links scanned");
    }
    String text = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
    String items = text.contains("<item") ? text.substring(text.indexOf("<item")) : text;
    boolean atom = !text.contains("<item") && text.contains("<entry");
    Matcher m =
        (atom ? ATOM_LINK : LINK_ELEMENT)
            .matcher(
                atom && text.contains("<entry") ? text.substring(text.indexOf("<entry")) : items);
    while (m.find()) {
      Links.resolve(page.url(), m.group(1).replace("&amp;", "&")).ifPresent(links::add);
    }
    return new Discovered(List.copyOf(links), List.of(), Optional.empty(), problems);
  }

  private static Reader reader(EntryPage page) throws IOException {
    if (page.charset().isPresent()) {
      return new StringReader(
          new String(page.body(), java.nio.charset.Charset.forName(page.charset().get())));
    }
    return new XmlReader(
        new ByteArrayInputStream(page.body()),
        page.contentType().orElse("application/xml"),
        true,
        "UTF-8");
  }

  private static Optional<String> link(String base, SyndEntry e) {
    if (e.getLink() != null && !e.getLink().isBlank()) {
      return Links.resolve(base, e.getLink());
    }
    for (SyndLink l : e.getLinks()) {
      if (l.getHref() != null && (l.getRel() == null || "alternate".equals(l.getRel()))) {
        return Links.resolve(base, l.getHref());
      }
    }
    if (e.getUri() != null && e.getUri().startsWith("http")) {
      return Links.resolve(base, e.getUri());
    }
    return Optional.empty();
  }
}
