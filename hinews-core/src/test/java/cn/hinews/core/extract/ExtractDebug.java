package cn.hinews.core.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Tuning aid: prints the chosen node and the units of a saved page. Not a test. */
public final class ExtractDebug {
  private ExtractDebug() {}

  public static void main(String[] args) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    PageDecoder.Decoded d = PageDecoder.decode(bytes, Optional.empty());
    Document doc = Jsoup.parse(d.text(), "");
    ContentFinder.clean(doc);
    ContentFinder.Found found = ContentFinder.find(doc);
    System.out.println(
        "top: " + StandardExtractor.path(found.top()) + " conf " + found.confidence());
    for (var e : found.elements()) {
      System.out.println("  element: " + StandardExtractor.path(e));
    }
    for (BlockWriter.Unit u : BlockWriter.write(found.elements()).units()) {
      String t = u.text();
      System.out.println("  [" + u.kind() + "] " + (t.length() > 70 ? t.substring(0, 70) : t));
    }
  }
}
