package cn.hinews.core.extract;

import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.text.ChineseText;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What the page says about itself: title, time, authors from meta tags, OpenGraph and JSON-LD. */
final class MetaReader {
  private static final List<String> DATE_META =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "og:release_date",
          "publishdate",
          "pubdate",
          "publish-date",
          "publish_date",
          "publishtime",
          "PubDate",
          "firstpublishedtime",
          "dc.date",
          "dc.date.issued",
          "date",
          "weibo:article:create_at",
          "apub:time",
          "datePublished");
  private static final Pattern JSON_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern JSON_AUTHOR =
      Pattern.compile(
          "\"author\"\\s*:\\s*(?:\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]{1,40})\"|\"([^\"]{1,40})\")");
  private static final Pattern TITLE_SEPARATORS =
      Pattern.compile("\\s*(?:[_|｜]|\\s[-–—－]\\s|--|——)\\s*");

  private MetaReader() {}

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static Optional<String> meta(Document doc, String name) {
    for (Element m : doc.select(PageQueries.META)) {
      String key =
          m.hasAttr("property")
              ? m.attr("property")
              : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.equalsIgnoreCase(name)) {
        // collapsed: the title patterns' \\s* must not meet a run of thousands of newlines
        String v = WHITESPACE.matcher(m.attr("content")).replaceAll(" ").strip();
        if (!v.isEmpty()) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /** The page's {@code <title>}, also when broken markup left it in the body. */
  static String docTitle(Document doc) {
    String t = doc.title().strip();
    if (t.isEmpty()) {
      Element e = doc.selectFirst(PageQueries.TITLE);
      t = e == null ? "" : e.text().strip();
    }
    return t;
  }

  /**
   * The longest heading whose words the {@code <title>} repeats, other than the site's name that
   * ends it: the headline, confirmed.
   */
  static Optional<String> headingTitle(Document doc) {
    String docKey = ChineseText.compareKey(docTitle(doc));
    List<String> siteParts = siteParts(doc);
    String best = "";
    for (Element h : doc.select(PageQueries.HEADINGS)) {
      String t = h.text().strip();
      String key = ChineseText.compareKey(t);
      if (key.length() >= 4
          && key.length() <= 120
          && docKey.contains(key)
          && !siteParts.contains(t) // the blog's name in its <h1>, repeated after the post's title
          && t.length() > best.length()) {
        best = t;
      }
    }
    return best.isEmpty() ? Optional.empty() : Optional.of(best);
  }

  /** "(页 1)", "（第2页）" after a paginated article's title. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("\\s*[（(]\\s*(?:页\\s*\\d+|第\\s*\\d+\\s*页)\\s*[)）]\\s*$");

  /** "…路在何方-搜狐财经": a portal's channel name glued on with a bare hyphen. */
  private static final Pattern GLUED_SITE =
      Pattern.compile(
          "^(.{6,}?)[-－](?:[\\p{IsHan}]{2,6}(?:网|报|频道|财经|新闻|在线|论坛|博客|社区)|[\\p{IsHan}]{2,4}网[\\p{IsHan}]{2,4})$");

  /** Private-use characters (a site's icon font) are no part of a title. */
  private static final Pattern PRIVATE_USE = Pattern.compile("[\\uE000-\\uF8FF]");

  /** The headline: the {@link #headingTitle} if there is one, else the title without its suffix. */
  static String title(Document doc, Optional<String> heading) {
    String t = PRIVATE_USE.matcher(anyTitle(doc, heading)).replaceAll("").strip();
    if (heading.isEmpty() && t.length() <= 200) { // a confirmed <h1> has no channel glued on
      Matcher glued = GLUED_SITE.matcher(t);
      if (glued.find()) {
        t = glued.group(1).strip();
      } else {
        t = withoutOwnName(doc, t);
      }
    }
    t = ORIGINAL_MARK.matcher(t).replaceFirst("").strip();
    return PAGE_NUMBER.matcher(t).replaceFirst("");
  }

  /** A 原创 mark before a headline: 【原创】, 原创：, 原创 | , 原创丨. */
  private static final Pattern ORIGINAL_MARK =
      Pattern.compile("^(?:【原创】|\\[原创\\]|原创\\s*[:：|｜丨]\\s*|原创\\s+(?=\\S{6,}))");

  /** A title's last part after a bare hyphen: a site name when the page names itself so. */
  private static final Pattern BARE_SUFFIX = Pattern.compile("^(.{6,}?)[-－]([^-－]{2,20})$");

  /**
   * The title less a site name glued on with a bare hyphen ({@code …-EDN 电子技术设计}, {@code …-纪检})
   * when the page calls itself that elsewhere: its og:site_name or application-name, or the text
   * (or logo's alt) of a link to the site's home page. A hyphen inside a headline (新冠-疫苗研发进展) names
   * no site and stays.
   */
  private static String withoutOwnName(Document doc, String t) {
    Matcher m = BARE_SUFFIX.matcher(t);
    if (!m.find()) {
      return t;
    }
    String suffix = m.group(2).strip();
    for (String name : List.of("og:site_name", "application-name")) {
      if (meta(doc, name).filter(v -> v.strip().equals(suffix)).isPresent()) {
        return m.group(1).strip();
      }
    }
    for (Element home : doc.select(PageQueries.HOME_LINKS)) {
      if (home.text().strip().equals(suffix)
          || home.select(PageQueries.IMAGES_WITH_ALT).stream()
              .anyMatch(i -> i.attr("alt").strip().equals(suffix))) {
        return m.group(1).strip();
      }
    }
    return t;
  }

  /** The parts of the {@code <title>} after the first: the site's, channel's or blog's names. */
  static List<String> siteParts(Document doc) {
    String[] parts = TITLE_SEPARATORS.split(docTitle(doc));
    List<String> out = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      out.add(parts[i].strip());
    }
    return out;
  }

  private static String anyTitle(Document doc, Optional<String> heading) {
    if (heading.isPresent()) {
      return heading.get();
    }
    Optional<String> og = meta(doc, "og:title").or(() -> meta(doc, "title"));
    String raw = og.orElse(docTitle(doc));
    String[] parts = TITLE_SEPARATORS.split(raw);
    if (parts.length > 1) {
      String first = parts[0].strip();
      if (first.length() >= 4) {
        return first;
      }
      String longest = "";
      for (String p : parts) {
        if (p.strip().length() > longest.length()) {
          longest = p.strip();
        }
      }
      return longest;
    }
    if (raw.isBlank()) {
      Element h1 = doc.selectFirst(PageQueries.H1);
      return h1 == null ? "" : h1.text().strip();
    }
    return raw.strip();
  }

  /** The site's own name: og:site_name, else the title's last part. */
  static Optional<String> siteName(Document doc) {
    Optional<String> og = meta(doc, "og:site_name");
    if (og.isPresent()) {
      return og;
    }
    String[] parts = TITLE_SEPARATORS.split(docTitle(doc));
    if (parts.length > 1) {
      String last = parts[parts.length - 1].strip();
      if (last.length() >= 2 && last.length() <= 12) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  /** Meta tags of when the page last changed (by name, property or itemprop), first preferred. */
  private static final List<String> MODIFIED_META =
      List.of(
          "article:modified_time",
          "og:updated_time",
          "lastmodifiedtime",
          "datemodified",
          "dateupdate");

  /**
   * When the page says it was last changed (article:modified_time, itemprop dateModified or 百家号's
   * dateUpdate): the last resort of the date, for a page that shows no year. One pass over the meta
   * tags.
   */
  static Optional<PublishTime> modified(Document doc, LocalDateTime now) {
    String[] found = new String[MODIFIED_META.size()];
    for (Element m : doc.select(PageQueries.META)) {
      String key =
          m.hasAttr("property")
              ? m.attr("property")
              : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      int i = MODIFIED_META.indexOf(key.toLowerCase(Locale.ROOT));
      if (i >= 0 && found[i] == null) {
        found[i] = m.attr("content");
      }
    }
    for (String v : found) {
      Optional<PublishTime> t = v == null ? Optional.empty() : ChineseDates.first(v, now);
      if (t.isPresent()) {
        return t.map(MetaReader::dayWhenMidnight);
      }
    }
    return Optional.empty();
  }

  static Optional<PublishTime> date(Document doc, LocalDateTime now) {
    return anyDate(doc, now).map(MetaReader::dayWhenMidnight);
  }

  /** "2022-01-28 00:00:00" in a CMS's meta tag is a date whose time nobody filled in. */
  private static PublishTime dayWhenMidnight(PublishTime t) {
    return t.precision().compareTo(Precision.DAY) > 0
            && t.value().toLocalTime().equals(LocalTime.MIDNIGHT)
        ? new PublishTime(t.value(), Precision.DAY, t.raw())
        : t;
  }

  private static Optional<PublishTime> anyDate(Document doc, LocalDateTime now) {
    for (String name : DATE_META) {
      Optional<PublishTime> t = meta(doc, name).flatMap(v -> ChineseDates.first(v, now));
      if (t.isPresent()) {
        return t;
      }
    }
    for (Element time : doc.select(PageQueries.TIME_ELEMENTS)) {
      String v = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
      Optional<PublishTime> t = ChineseDates.first(v.isEmpty() ? time.text() : v, now);
      if (t.isPresent()) {
        return t;
      }
    }
    for (String json : jsonLd(doc)) {
      Matcher m = JSON_DATE.matcher(json);
      if (m.find()) {
        Optional<PublishTime> t = ChineseDates.first(m.group(1), now);
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return scriptDate(doc, now);
  }

  /**
   * The publish time a page keeps only in its scripts, for pages whose visible date is written by
   * JavaScript: 微信公众号's {@code var ct = "1733200000"} (epoch seconds) and {@code publish_time},
   * 百家号's and other single-page apps' page state ({@code "publishTime":"2024-03-05 10:20"}, {@code
   * "publish_time":1733200000}).
   */
  static final Pattern SCRIPT_DATE =
      Pattern.compile(
          "(?:\\bvar\\s+ct\\s*=\\s*|[\"']?(?:publish_?[tT]ime|pub_?[tT]ime|publishDate|"
              + "publish_date)[\"']?\\s*[:=]\\s*)[\"']?([0-9][0-9 :/\\-TZ+.年月日]{7,30})[\"']?");

  static Optional<PublishTime> scriptDate(Document doc, LocalDateTime now) {
    for (Element script : doc.select(PageQueries.INLINE_SCRIPTS)) {
      Matcher m = SCRIPT_DATE.matcher(script.data());
      while (m.find()) {
        String v = m.group(1).strip();
        Optional<PublishTime> t =
            v.matches("\\d{10}") ? epochSeconds(v, now) : ChineseDates.first(v, now);
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  /** Epoch seconds as Beijing time, between 2000 and tomorrow (else not a publish time). */
  private static Optional<PublishTime> epochSeconds(String v, LocalDateTime now) {
    LocalDateTime t =
        LocalDateTime.ofInstant(
            java.time.Instant.ofEpochSecond(Long.parseLong(v)),
            cn.hinews.core.domain.Zones.SHANGHAI);
    return t.getYear() >= 2000 && t.isBefore(now.plusDays(1))
        ? Optional.of(new PublishTime(t, Precision.SECOND, v))
        : Optional.empty();
  }

  static List<String> authors(Document doc) {
    List<String> out = new ArrayList<>();
    for (String json : jsonLd(doc)) {
      Matcher m = JSON_AUTHOR.matcher(json);
      while (m.find()) {
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        if (Bylines.plausible(name) && !out.contains(name)) {
          out.add(name);
        }
      }
    }
    if (out.isEmpty()) {
      // scholarly pages: one citation_author per author, or citation_authors as a list
      // citation_author holds one "Last, First"; citation_authors a list split by semicolons
      for (Element m : doc.select(PageQueries.CITATION_AUTHORS)) {
        String list = m.attr("content");
        String[] names =
            m.attr("name").equals("citation_author") ? new String[] {list} : list.split("[;；、]+");
        for (String a : names) {
          String name = a.strip().replaceAll("^(\\p{IsHan})\\s+(\\p{IsHan}+)$", "$1$2");
          if (!name.isEmpty() && !out.contains(name)) {
            out.add(name);
          }
        }
      }
    }
    if (out.isEmpty()) {
      meta(doc, "author")
          .or(() -> meta(doc, "article:author"))
          .map(String::strip)
          .filter(
              a -> !a.contains("网") && !a.contains("报") && !a.contains("http") && a.length() <= 30)
          .ifPresent(a -> out.addAll(List.of(a.split("[\\s,，、;；]+"))));
    }
    out.removeIf(a -> !Bylines.plausible(a));
    return out;
  }

  /**
   * An author object in the page state a single-page app leaves in a script: "author":{"name":…}.
   */
  private static final Pattern STATE_AUTHOR =
      Pattern.compile("\"author\"\\s*:\\s*\\{[^{}]{0,300}?\"name\"\\s*:\\s*\"([^\"]{2,40})\"");

  /** The first author named in an inline script's page state, if any. */
  static List<String> embeddedAuthors(Document doc) {
    for (Element s : doc.select(PageQueries.INLINE_SCRIPTS)) {
      String data = s.data();
      if (data.length() > 2_000_000) {
        continue;
      }
      Matcher m = STATE_AUTHOR.matcher(data);
      if (m.find()) {
        String name = m.group(1).strip();
        if (!name.contains("\\") && Bylines.labelledName(name)) {
          return List.of(name);
        }
        return List.of();
      }
    }
    return List.of();
  }

  private static List<String> jsonLd(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element s : doc.select(PageQueries.JSON_LD)) {
      for (DataNode d : s.dataNodes()) {
        out.add(d.getWholeData());
      }
    }
    return out;
  }

  static Optional<String> image(Document doc) {
    return meta(doc, "og:image");
  }
}
