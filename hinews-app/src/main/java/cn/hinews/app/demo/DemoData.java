package cn.hinews.app.demo;

import cn.hinews.core.archive.ImportOutcome;
import cn.hinews.core.home.HinewsHome;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The three sample issues shipped in the jar, imported on the first start of an empty home. */
public final class DemoData {
  private DemoData() {}

  /** Imports the samples unless {@code HINEWS_DEMO=0}; says what it did on {@code log}. */
  public static void importInto(HinewsHome home, Map<String, String> env, PrintWriter log) {
    if ("0".equals(env.get("HINEWS_DEMO")) || "false".equals(env.get("HINEWS_DEMO"))) {
      log.println("new data home " + home.path() + " (demo data skipped: HINEWS_DEMO=0)");
      return;
    }
    int imported = 0;
    for (String name : names()) {
      ImportOutcome outcome = home.importer().importText("demo/" + name, read("/demo/" + name));
      if (outcome.failed()) {
        log.println("demo data: " + outcome.message());
      } else {
        imported++;
      }
    }
    // the samples' articles are judged before anyone looks at them
    try {
      int judged = home.analysis().drain(2, (done, left) -> {}).judged();
      log.println(
          "new data home "
              + home.path()
              + ": imported "
              + imported
              + " sample issues as demo data ("
              + judged
              + " articles analysed)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing the demo data", e);
    }
  }

  static List<String> names() {
    return read("/demo/index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String read(String resource) {
    try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
