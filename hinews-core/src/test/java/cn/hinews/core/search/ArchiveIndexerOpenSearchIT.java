package cn.hinews.core.search;

import cn.hinews.core.analysis.text.ChineseNlp;
import java.net.URI;

/** The indexer's catch-up, rebuild (with progress) and bookmark over a real OpenSearch index. */
class ArchiveIndexerOpenSearchIT extends ArchiveIndexerTest {
  private static final ChineseNlp NLP = ChineseNlp.hanlp();
  private final String name = "indexer-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

  @Override
  SearchIndex open() {
    return SearchIndexes.openSearch(URI.create(OpenSearchServer.shared().url()), name, NLP);
  }
}
