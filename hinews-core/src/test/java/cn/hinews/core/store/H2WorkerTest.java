package cn.hinews.core.store;

import cn.hinews.core.config.DatabaseConfig;
import java.nio.file.Path;

/** The worker contract on the embedded H2 database. */
class H2WorkerTest extends WorkerContract {
  @Override
  Store freshStore(Path dir) {
    return Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
  }
}
