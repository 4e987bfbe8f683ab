package cn.hinews.core.alert;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.store.Store;
import java.nio.file.Path;

/** The alert contract on the embedded default: an H2 file under a home folder. */
class H2AlertTest extends AlertContract {
  @Override
  Store freshStore(Path dir) {
    return Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
  }
}
