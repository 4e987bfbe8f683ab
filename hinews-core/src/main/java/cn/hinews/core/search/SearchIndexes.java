package cn.hinews.core.search;

import cn.hinews.core.analysis.text.ChineseNlp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Opens search indexes: the entry point of this package. */
public final class SearchIndexes {
  private SearchIndexes() {}

  /**
   * The Lucene index in {@code dir}, created when missing. One process at a time may hold it open:
   * another gets an error that says so.
   */
  public static SearchIndex lucene(Path dir) {
    try {
      return new LuceneSearchIndex(FSDirectory.open(dir));
    } catch (LockObtainFailedException e) {
      throw new IllegalStateException(
          "the search index " + dir + " is open in another hinews process (serve?)", e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The Lucene index in {@code dir} for searching only, while another process (serve) holds it;
   * what that process commits becomes visible.
   */
  public static SearchIndex readOnly(Path dir) {
    try {
      return new LuceneSearchIndex(FSDirectory.open(dir), false);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The index {@code name} in the OpenSearch server at {@code url} (created with its mapping when
   * missing); titles and bodies cut into words by {@code nlp} (HanLP) before they are sent, and the
   * words of a query the same way.
   */
  public static SearchIndex openSearch(URI url, String name, ChineseNlp nlp) {
    if (!name.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          "search.index must be lower-case letters, digits, _ . - (an OpenSearch index name): "
              + name);
    }
    HttpHost host;
    try {
      host = HttpHost.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("search.url is not a server address: " + url, e);
    }
    OpenSearchTransport transport =
        ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper()).build();
    try {
      return new OpenSearchSearchIndex(
          transport, name, new OpenSearchDocs(nlp), new PiecesAnalyzer(nlp));
    } catch (RuntimeException e) {
      try {
        transport.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** An index in memory (tests, benchmarks). */
  public static SearchIndex inMemory() {
    try {
      return new LuceneSearchIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an index in memory: " + e.getMessage(), e);
    }
  }
}
