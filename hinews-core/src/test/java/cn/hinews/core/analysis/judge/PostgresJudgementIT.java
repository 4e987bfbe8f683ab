package cn.hinews.core.analysis.judge;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.store.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The judgement contract on a real PostgreSQL server (embedded, on loopback). */
class PostgresJudgementIT extends JudgementContract {
  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @BeforeAll
  static void startServer() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    postgres.close();
  }

  @Override
  Store freshStore(Path dir) throws Exception {
    String name = "judgement" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return Store.open(
        new DatabaseConfig(postgres.getJdbcUrl("postgres", name), "postgres", ""), dir);
  }
}
