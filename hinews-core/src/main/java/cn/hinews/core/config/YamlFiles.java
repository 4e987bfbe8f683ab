package cn.hinews.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The strict reading of hinews' YAML files: mappings with text keys, unknown keys an error naming
 * the file and the key path.
 */
public final class YamlFiles {
  private YamlFiles() {}

  /**
   * Reads a UTF-8 resource next to {@code anchor} with {@code reader}; {@code name} is for errors.
   */
  public static <T> T resource(
      Class<?> anchor, String path, String name, Function<Reader, T> reader) {
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new ConfigException(name + " is missing from the classpath");
      }
      return reader.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * How every YAML file is read: at most 50 aliases to collections (an alias bomb is an error, not
   * a full heap), 50 levels of nesting, 4 MiB of text.
   */
  public static LoaderOptions loaderOptions() {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(50);
    o.setNestingDepthLimit(50);
    o.setCodePointLimit(4 << 20);
    return o;
  }

  /** The top-level mapping of a YAML text (empty for an empty file). */
  public static Map<String, Object> parse(Reader reader, String name) {
    try {
      Object root = new Yaml(new SafeConstructor(loaderOptions())).load(reader);
      if (root == null) {
        return Map.of();
      }
      return map(root, name, "(top level)");
    } catch (YAMLException e) {
      throw new ConfigException(name + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  /** {@code value} as a mapping with text keys, or an error naming the file and path. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value, String file, String path) {
    if (!(value instanceof Map<?, ?> m)) {
      throw new ConfigException(file + ": " + path + " must be a mapping");
    }
    for (Object key : m.keySet()) {
      if (!(key instanceof String)) {
        throw new ConfigException(file + ": " + path + " has a non-text key: " + key);
      }
    }
    return (Map<String, Object>) m;
  }

  /** An error for the first key of {@code m} that is not {@code allowed}. */
  public static void checkKeys(
      Map<String, Object> m, Set<String> allowed, String file, String path) {
    for (String key : m.keySet()) {
      if (!allowed.contains(key)) {
        throw new ConfigException(
            file
                + ": unknown key '"
                + (path.isEmpty() ? key : path + "." + key)
                + "'; allowed here: "
                + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }
}
