package cn.hinews.core.bulletin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The output formats by name ({@code md}, …): the one entry point of the rendering stage. */
public final class Renderers {
  private final Map<String, BulletinRenderer> byName;

  private Renderers(Map<String, BulletinRenderer> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The formats this build has. */
  public static Renderers standard() {
    Map<String, BulletinRenderer> m = new LinkedHashMap<>();
    m.put("md", new MarkdownRenderer());
    m.put("html", new HtmlRenderer(HtmlRenderer.Medium.SCREEN));
    m.put("pdf", new PdfRenderer());
    m.put("docx", new DocxRenderer());
    return new Renderers(m);
  }

  public Optional<BulletinRenderer> forFormat(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Set<String> formats() {
    return new java.util.TreeSet<>(byName.keySet());
  }

  /** The normalised Markdown of an issue, as a string. */
  public static String markdown(BulletinView view) {
    return new MarkdownRenderer().toMarkdown(view);
  }
}
