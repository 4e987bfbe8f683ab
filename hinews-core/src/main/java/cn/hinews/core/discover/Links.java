package cn.hinews.core.discover;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resolving and judging links found in entry points. */
final class Links {
  // a date in the path (2026/0116, 20260116, 2026-01/16, 202601) or a long number or hex id
  private static final Pattern ARTICLE_PATH =
      Pattern.compile(
          "(?:/(?:19|20)\\d{2}[-/]?\\d{2}[-/]?\\d{0,2}/)|(?:\\d{6,})|(?:[0-9a-f]{24,})"
              + "|(?:content_\\d+)|(?:art_\\d+_\\d+)");
  private static final Pattern NOT_ARTICLE =
      Pattern.compile(
          "\\.(?:jpg|jpeg|png|gif|webp|pdf|docx?|xlsx?|zip|rar|mp4|mp3|css|js)$|/index(?:_\\d+)?\\.s?html?$");

  private Links() {}

  /** {@code href} resolved against {@code base}, without fragment; empty if not an http(s) URL. */
  static Optional<String> resolve(String base, String href) {
    if (href == null) {
      return Optional.empty();
    }
    String h = href.strip().replace("\n", "").replace("\r", "").replace("\t", "");
    String lower = h.toLowerCase(Locale.ROOT);
    if (h.isEmpty()
        || lower.startsWith("javascript:")
        || lower.startsWith("mailto:")
        || lower.startsWith("#")) {
      return Optional.empty();
    }
    try {
      // WHATWG-like resolution (a bare ?query keeps the path; leading ../ cannot climb above the
      // root); what is already percent-encoded stays as it is
      String absolute = org.jsoup.internal.StringUtil.resolve(escape(base), escape(h));
      return absolute.isEmpty() ? Optional.empty() : checked(new URI(absolute));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Percent-encodes what browsers encode silently: spaces, non-ASCII, and a few unsafe marks. */
  static String escape(String href) {
    StringBuilder out = new StringBuilder(href.length() + 16);
    // browsers read a backslash in an http URL as a slash
    for (byte b : href.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
          || c == '`' || c == '{' || c == '|' || c == '}') {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  private static Optional<String> checked(URI u) throws URISyntaxException {
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
      return Optional.empty();
    }
    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    while (path.startsWith("/../")) {
      path = path.substring(3);
    }
    String clean =
        scheme
            + "://"
            + u.getRawAuthority()
            + path
            + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    return Optional.of(new URI(clean).toString());
  }

  /** A guess for lists without a selector: does this URL look like one article? */
  static boolean looksLikeArticle(String url) {
    URI u;
    try {
      u = new URI(url);
    } catch (URISyntaxException e) {
      return false;
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath().toLowerCase(Locale.ROOT);
    if (path.isEmpty() || path.equals("/") || NOT_ARTICLE.matcher(path).find()) {
      return false;
    }
    return ARTICLE_PATH.matcher(path).find();
  }
}
