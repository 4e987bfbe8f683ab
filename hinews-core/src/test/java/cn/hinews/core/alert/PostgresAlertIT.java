package cn.hinews.core.alert;

import cn.hinews.core.store.Store;
import cn.hinews.core.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The alert contract on a real PostgreSQL server (embedded, on loopback), a new database each test.
 */
class PostgresAlertIT extends AlertContract {
  private static TestPostgres postgres;

  @BeforeAll
  static void startServer() throws Exception {
    postgres = TestPostgres.start("alerts");
  }

  @AfterAll
  static void stopServer() throws Exception {
    postgres.close();
  }

  @Override
  Store freshStore(Path dir) throws Exception {
    return postgres.freshStore(dir);
  }
}
