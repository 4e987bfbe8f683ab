package cn.hinews.core.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One spelling per article: http(s) only, scheme and host in lower case, no default port, no
 * fragment, no tracking parameters ({@code utm_*}, {@code spm}, …), an empty path as {@code /}. The
 * frontier keys URLs by this form, so an article is fetched once however it was linked.
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING =
      Set.of(
          "spm",
          "from",
          "share_from",
          "sharefrom",
          "share_token",
          "isappinstalled",
          "wfr",
          "scene",
          "clicktime",
          "enterid",
          "fbclid",
          "gclid",
          "yclid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "share",
          "sharesource",
          "wxfrom",
          "tt_from",
          "tt_group_id");

  private UrlCanonicalizer() {}

  /** The canonical form of {@code url} (resolved against {@code base} when relative). */
  public static Optional<String> canonical(String url, Optional<String> base) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip().replace(" ", "%20").replace("\n", "").replace("\r", ""));
      if (!uri.isAbsolute() && base.isPresent()) {
        uri = new URI(base.get().strip()).resolve(uri);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return Optional.empty();
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
        port = -1;
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      String query = withoutTracking(uri.getRawQuery());
      StringBuilder out = new StringBuilder(scheme).append("://").append(host);
      if (port != -1) {
        out.append(':').append(port);
      }
      out.append(path);
      if (!query.isEmpty()) {
        out.append('?').append(query);
      }
      return Optional.of(out.toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static Optional<String> canonical(String url) {
    return canonical(url, Optional.empty());
  }

  private static String withoutTracking(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }
}
