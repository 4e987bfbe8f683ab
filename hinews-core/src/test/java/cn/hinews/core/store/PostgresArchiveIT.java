package cn.hinews.core.store;

import cn.hinews.core.config.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The archive contract on a real PostgreSQL server (embedded, on loopback), a new database each
 * test.
 */
class PostgresArchiveIT extends ArchiveContract {
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
    String name = "archive" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return Store.open(
        new DatabaseConfig(postgres.getJdbcUrl("postgres", name), "postgres", ""), dir);
  }
}
