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
    if (args.length > 2) {
      System.out.println("before cleaning: " + doc.text().contains(args[2]));
    }
    PageCleaner.clean(doc, args.length < 2 || !args[1].equals("noname"));
    if (args.length > 2) {
      System.out.println(
          "after cleaning, '"
              + args[2]
              + "' is "
              + (doc.text().contains(args[2]) ? "there" : "gone"));
      Document raw = Jsoup.parse(d.text(), "");
      for (org.jsoup.nodes.Element e : raw.getElementsContainingOwnText(args[2])) {
        for (org.jsoup.nodes.Element a = e; a != null; a = a.parent()) {
          System.out.println("    " + a.normalName() + " ." + a.className() + " #" + a.id());
        }
        break;
      }
    }
    ContentFinder.Found found = ContentFinder.find(doc);
    System.out.println(
        "top: " + StandardExtractor.path(found.top()) + " conf " + found.confidence());
    found.ranking().forEach(r -> System.out.println("  candidate " + r));
    for (var e : found.elements()) {
      System.out.println("  element: " + StandardExtractor.path(e));
    }
    for (BlockWriter.Unit u : BlockWriter.write(found.elements()).units()) {
      String t = u.text();
      System.out.println("  [" + u.kind() + "] " + (t.length() > 70 ? t.substring(0, 70) : t));
    }
  }
}
