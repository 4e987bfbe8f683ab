package cn.hinews.core.bulletin;

import cn.hinews.core.archive.BulletinImporter;
import cn.hinews.core.archive.MarkdownBulletinParser;
import cn.hinews.core.archive.SeedFixtures;
import cn.hinews.core.config.ConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** The seed issues as views ready to render. */
final class Seeds {
  private Seeds() {}

  static BulletinView view(String name) {
    try {
      return BulletinImporter.preview(
          new MarkdownBulletinParser(ConfigLoader.defaults()).parse(SeedFixtures.seed(name)));
    } catch (Exception e) {
      throw new IllegalStateException("seed " + name + " does not parse", e);
    }
  }

  static byte[] render(String format, BulletinView view) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.standard().forFormat(format).orElseThrow().render(view, out);
    return out.toByteArray();
  }
}
