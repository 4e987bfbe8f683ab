package cn.hinews.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The archive contract on a real PostgreSQL server (embedded, on loopback), a new database each
 * test.
 */
class PostgresArchiveIT extends ArchiveContract {
  private static TestPostgres postgres;

  @BeforeAll
  static void startServer() throws Exception {
    postgres = TestPostgres.start("archive");
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
