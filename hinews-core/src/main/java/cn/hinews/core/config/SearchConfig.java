package cn.hinews.core.config;

import java.net.URI;
import java.util.Objects;

/**
 * The search and statistics engine ({@code search:} in the configuration).
 *
 * @param engine Lucene (an index under {@code $HINEWS_HOME/index}) or an OpenSearch server
 * @param url the server's address, {@code http://host:port} (OpenSearch only)
 * @param index the server's index name (OpenSearch only)
 */
public record SearchConfig(Engine engine, URI url, String index) {
  /** What searches and counts. */
  public enum Engine {
    LUCENE,
    OPENSEARCH
  }

  public SearchConfig {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(index, "index");
  }

  /** Lucene under the data home (the defaults). */
  public static SearchConfig lucene() {
    return new SearchConfig(Engine.LUCENE, URI.create("http://127.0.0.1:9200"), "hinews");
  }
}
