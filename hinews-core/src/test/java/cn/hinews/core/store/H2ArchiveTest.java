package cn.hinews.core.store;

import cn.hinews.core.config.DatabaseConfig;
import java.nio.file.Path;

/** The archive contract on the embedded default: an H2 file under a home folder. */
class H2ArchiveTest extends ArchiveContract {
  @Override
  Store freshStore(Path dir) {
    return Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
  }
}
