package cn.hinews.core.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The three real bulletins of {@code shared/seeds}, copied under test resources. */
public final class SeedFixtures {
  public static final List<String> NAMES = List.of("weekly-656", "monthly-552", "monthly-554");

  private SeedFixtures() {}

  public static String seed(String name) {
    return resource("/archive/seeds/" + name + ".md");
  }

  public static String expected(String name) {
    return resource("/archive/seeds/expected/" + name + ".md");
  }

  /** A UTF-8 test resource. */
  public static String resource(String path) {
    try (InputStream in = SeedFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
