package cn.hinews.core.search;

import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.TestPostgres;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The indexer's catch-up, rebuild (with progress) and bookmark from PostgreSQL (embedded, on
 * loopback) into a real OpenSearch index.
 */
class ArchiveIndexerOpenSearchIT extends ArchiveIndexerTest {
  private static final ChineseNlp NLP = ChineseNlp.hanlp();
  private static TestPostgres postgres;
  private final String name = "indexer-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = TestPostgres.start("indexer");
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Override
  Store store() throws Exception {
    return postgres.freshStore(dir);
  }

  @Override
  SearchIndex open() {
    return SearchIndexes.openSearch(URI.create(OpenSearchServer.shared().url()), name, NLP);
  }
}
