package cn.hinews.core.analysis.judge;

import cn.hinews.core.store.Store;
import cn.hinews.core.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The judgement contract on a real PostgreSQL server (embedded, on loopback). */
class PostgresJudgementIT extends JudgementContract {
  private static TestPostgres postgres;

  @BeforeAll
  static void startServer() throws Exception {
    postgres = TestPostgres.start("judgement");
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
