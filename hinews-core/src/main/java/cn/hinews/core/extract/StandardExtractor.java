package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.SiteRules;
import cn.hinews.core.domain.Source;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.text.ChineseText;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The generic extractor: decode, parse, read the page's metadata, find the body by text and
 * punctuation density, write it as blocks, then read dates, bylines and the 来源 line around the
 * title. Never throws.
 */
final class StandardExtractor implements ArticleExtractor {
  /** How far past the title the date and byline lines are looked for. */
  static final int BYLINE_WINDOW = 400;

  private final SourceRegistry sources;
  private final Clock clock;

  StandardExtractor(SourceRegistry sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  @Override
  public Extraction extract(Page page) {
    PageDecoder.Decoded decoded;
    try {
      decoded = PageDecoder.decode(page.body(), page.contentType());
    } catch (RuntimeException e) {
      return failed(page, "cannot decode the page: " + e, "?", "?");
    }
    try {
      return extract(page, decoded);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(page, "cannot read the page: " + e, decoded.charset().name(), decoded.source());
    }
  }

  private Extraction extract(Page page, PageDecoder.Decoded decoded) {
    List<String> notes = new ArrayList<>();
    LocalDateTime now = LocalDateTime.now(clock.withZone(Zones.SHANGHAI));
    Document doc = Jsoup.parse(decoded.text(), page.url(), Parser.htmlParser());
    Optional<String> heading = MetaReader.headingTitle(doc);
    String title = MetaReader.title(doc, heading);
    boolean headingConfirmed = heading.isPresent();
    List<String> siteParts = MetaReader.siteParts(doc);
    Optional<PublishTime> metaDate = MetaReader.date(doc, now);
    List<String> metaAuthors = MetaReader.authors(doc);
    List<String> embeddedAuthors = MetaReader.embeddedAuthors(doc);
    Optional<String> siteName = MetaReader.siteName(doc);
    Optional<String> ogImage = MetaReader.image(doc).map(src -> absolute(page.url(), src));

    // the lines between the title and the body: date, 来源, 作者
    String fullText = visibleText(doc);

    String host = host(page.url());
    Optional<Source> source = sources.forHost(host);
    SiteRules rules = source.map(Source::rules).orElse(SiteRules.none());
    Optional<String> ruleTitle = rules.title().flatMap(css -> text(doc, css));
    if (ruleTitle.isPresent()) {
      title = ruleTitle.get();
      notes.add("title by the site rule " + rules.title().get());
    }
    Optional<PublishTime> ruleTime =
        rules.time().flatMap(css -> text(doc, css)).flatMap(t -> ChineseDates.first(t, now));

    ContentFinder.Found found;
    Optional<ContentFinder.Found> byRule = rules.body().flatMap(css -> byRule(doc, css));
    if (byRule.isPresent()) {
      found = byRule.get();
      notes.add("body by the site rule " + rules.body().get());
    } else {
      PageCleaner.clean(doc);
      found = ContentFinder.find(doc);
    }
    if (!found.ranking().isEmpty()) {
      notes.add("body candidates (score selector): " + String.join(" | ", found.ranking()));
    }
    BlockWriter.Written written = BlockWriter.write(found.elements());
    List<Block> blocks = BodyFilter.filter(written.units(), title);
    if (byRule.isEmpty() && textLength(blocks) < RETRY_BELOW) {
      // the class names misled the cleaning (CNN's article sits in "pg-side-of-rail"): try without
      // parsed again only here: copying every page's DOM up front cost more than this rare retry
      Document pristine = Jsoup.parse(decoded.text(), page.url(), Parser.htmlParser());
      PageCleaner.clean(pristine, false);
      ContentFinder.Found again = ContentFinder.find(pristine);
      BlockWriter.Written rewritten = BlockWriter.write(again.elements());
      List<Block> retried = BodyFilter.filter(rewritten.units(), title);
      if (textLength(retried) > textLength(blocks) * 2) {
        notes.add("second try without cleaning by class names");
        found = again;
        written = rewritten;
        blocks = retried;
      }
    }
    String bodyText = blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    String head = bodyText.length() > 300 ? bodyText.substring(0, 300) : bodyText;
    String tail = bodyText.length() > 300 ? bodyText.substring(bodyText.length() - 300) : bodyText;
    if (ruleTitle.isEmpty() && !headingConfirmed) {
      Optional<String> headline =
          Headline.beforeBody(doc, fullText, blocks, MetaReader.docTitle(doc), siteParts);
      boolean siteTitle = Headline.namesTheSite(title, source.map(Source::outlet), siteName);
      if (headline.isPresent() && (siteTitle || Headline.weak(title, fullText, headline.get()))) {
        title = headline.get();
        notes.add("title: the heading over the body");
        String key = ChineseText.compareKey(title);
        if (!blocks.isEmpty() && ChineseText.compareKey(blocks.get(0).text()).equals(key)) {
          blocks = blocks.subList(1, blocks.size());
        }
      }
    }
    String near = nearTitle(fullText, title);
    List<String> rawUnits = written.units().stream().map(BlockWriter.Unit::text).toList();
    String rawText = String.join("\n", rawUnits);

    Optional<PublishTime> published =
        ruleTime.isPresent() ? ruleTime : ChineseDates.first(near, now);
    if (published.isEmpty() && ruleTime.isEmpty()) {
      published = ChineseDates.labelledNumeric(near, now, metaDate.map(PublishTime::date));
    }
    if (ruleTime.isPresent()) {
      notes.add("date by the site rule " + rules.time().get());
    } else if (published.isPresent()) {
      notes.add("date from the text after the title: " + published.get().raw());
      if (metaDate.isPresent()
          && agrees(metaDate.get(), published.get())
          && metaDate.get().precision().compareTo(published.get().precision()) > 0) {
        published = metaDate;
        notes.add("time from the page's metadata");
      }
    } else if (metaDate.isPresent()) {
      published = metaDate;
      notes.add("date from the page's metadata");
    } else {
      published = ChineseDates.fromUrl(page.url());
      if (published.isPresent()) {
        notes.add("date from the URL");
      } else {
        published = ChineseDates.best(fullText, now);
        published.ifPresent(p -> notes.add("date: the likeliest in the page's text: " + p.raw()));
        if (published.isEmpty()) {
          published = ChineseDates.yearMonth(near + "\n" + head + "\n" + tail, now);
          published.ifPresent(p -> notes.add("month only: " + p.raw()));
        }
      }
    }

    Credits.Found credits =
        Credits.read(
            new Credits.Around(
                title,
                near,
                head,
                tail,
                Credits.after(fullText, blocks),
                fullText,
                rawText,
                blocks,
                metaAuthors,
                embeddedAuthors,
                source.isPresent()),
            notes);
    blocks = credits.blocks();
    String sourceLine = credits.sourceLine();

    String outlet =
        source
            .map(Source::outlet)
            .or(() -> siteName)
            .orElse(sourceLine.isEmpty() ? host : sourceLine);

    title = withoutSiteSuffix(title, outlet, siteName.orElse(""));

    List<String> images = new ArrayList<>();
    ogImage.ifPresent(images::add);
    for (String img : written.images()) {
      if (!images.contains(img) && images.size() < 5 && !decorative(img)) {
        images.add(img);
      }
    }
    Optional<String> failure =
        blocks.isEmpty() ? Optional.of("no article body found") : Optional.empty();
    return new Extraction(
        page.url(),
        title,
        published,
        outlet,
        sourceLine,
        credits.authors(),
        credits.editors(),
        blocks,
        images,
        new Diagnostics(
            decoded.charset().name(),
            decoded.source(),
            path(found.top()),
            found.confidence(),
            notes),
        failure);
  }

  /** 习近平主持召开…-中国科普网 → 习近平主持召开…: a site name tacked on with a dash or bar. */
  static String withoutSiteSuffix(String title, String outlet, String siteName) {
    String t = title.strip();
    for (String name : new String[] {outlet, siteName}) {
      if (name.isEmpty()) {
        continue;
      }
      for (String sep : new String[] {"-", "_", "|", "｜", "－", "—", "——", " "}) {
        String suffix = sep + name;
        if (t.endsWith(suffix) && t.length() > suffix.length() + 3) {
          return t.substring(0, t.length() - suffix.length()).strip();
        }
      }
    }
    return t;
  }

  private static Optional<String> text(Document doc, String css) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return Optional.empty();
    }
    String t = e.hasAttr("datetime") ? e.attr("datetime") : e.text();
    return t.isBlank() ? Optional.empty() : Optional.of(t.strip());
  }

  private static Optional<ContentFinder.Found> byRule(Document doc, String css) {
    PageCleaner.clean(doc, false);
    List<Element> elements = doc.select(css);
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ContentFinder.Found(elements, elements.get(0), 1.0, List.of("rule " + css)));
  }

  /**
   * Whether the metadata's time is the shown one, more precisely: the same day, and the same minute
   * when the page shows one (a page's 13:48 is not its metadata's 12:48 UTC).
   */
  private static boolean agrees(PublishTime meta, PublishTime shown) {
    if (!meta.date().equals(shown.date())) {
      return false;
    }
    return shown.precision().compareTo(Precision.MINUTE) < 0
        || meta.value().truncatedTo(ChronoUnit.MINUTES).equals(shown.value());
  }

  /**
   * A file named for what it is: btn.png, cx-btn.png, share_weixin.gif, qrcode-app.png, logo.svg.
   */
  private static final Pattern DECORATIVE_NAME =
      Pattern.compile(
          "(?i)^(?:[a-z]{1,4}[-_])?(?:btn|button|icon|ico|logo|share|qrcode|qr|erweima|ewm|arrow|spacer"
              + "|space|blank|pixel|loading|avatar|dot|line|bg)(?:[-_.\\d]|$)");

  /** A folder of them (/icons/, /syicon/) or a data URI or an SVG or ICO file. */
  private static final Pattern DECORATIVE_PLACE =
      Pattern.compile("(?i)^data:|/[a-z]{0,4}icons?/|\\.(?:svg|ico)(?:$|\\?)");

  /** A button, icon, logo, share or QR code image, a spacer or a data URI: no lead image. */
  static boolean decorative(String src) {
    String name = src.substring(src.lastIndexOf('/') + 1);
    return DECORATIVE_PLACE.matcher(src).find() || DECORATIVE_NAME.matcher(name).find();
  }

  /** A body shorter than this (visible characters) gets a second try. */
  static final int RETRY_BELOW = 200;

  private static int textLength(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += ContentFinder.visibleLength(b.text());
    }
    return n;
  }

  /** The body's text without a {@code <title>} that broken markup left in it. */
  private static String visibleText(Document doc) {
    if (doc.body() == null) {
      return "";
    }
    if (doc.body().selectFirst("title") == null) {
      return doc.body().text();
    }
    Element copy = doc.body().clone();
    copy.select("title").remove();
    return copy.text();
  }

  /** The text after the title's first appearance in the page (where the byline lines are). */
  static String nearTitle(String text, String title) {
    if (title.isEmpty()) {
      return text.substring(0, Math.min(text.length(), BYLINE_WINDOW));
    }
    int length = title.length();
    if (text.indexOf(title) < 0) {
      length = Math.min(title.length(), 8);
    }
    String key = title.substring(0, length);
    int at = text.indexOf(key);
    if (at < 0) {
      return "";
    }
    int from = at + length;
    return text.substring(from, Math.min(text.length(), from + BYLINE_WINDOW));
  }

  private static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? "" : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String absolute(String base, String src) {
    try {
      return base.isEmpty() ? src : URI.create(base).resolve(src.strip()).toString();
    } catch (IllegalArgumentException e) {
      return src;
    }
  }

  static String path(Element e) {
    if (e == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Element a = e; a != null && parts.size() < 6; a = a.parent()) {
      String part = a.normalName();
      if (!a.id().isEmpty()) {
        part += "#" + a.id();
      } else if (!a.className().isEmpty()) {
        part += "." + a.className().strip().replace(' ', '.');
      }
      parts.add(0, part);
    }
    return String.join(" > ", parts);
  }

  private static Extraction failed(Page page, String why, String charset, String charsetSource) {
    return new Extraction(
        page.url(),
        "",
        Optional.empty(),
        "",
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        new Diagnostics(charset, charsetSource, "", 0, List.of()),
        Optional.of(why));
  }
}
