package cn.hinews.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

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

  /** An index in memory (tests, benchmarks). */
  public static SearchIndex inMemory() {
    try {
      return new LuceneSearchIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an index in memory: " + e.getMessage(), e);
    }
  }
}
