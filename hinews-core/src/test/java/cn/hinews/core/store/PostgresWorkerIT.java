package cn.hinews.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The worker contract on a real PostgreSQL server (embedded, on loopback). */
class PostgresWorkerIT extends WorkerContract {
  private static TestPostgres postgres;

  @BeforeAll
  static void startServer() throws Exception {
    postgres = TestPostgres.start("workers");
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
