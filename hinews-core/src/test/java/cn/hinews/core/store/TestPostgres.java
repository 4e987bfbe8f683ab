package cn.hinews.core.store;

import cn.hinews.core.config.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A real PostgreSQL server (embedded, on loopback) that hands out a new database per store. */
public final class TestPostgres implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final String prefix;
  private final AtomicInteger databases = new AtomicInteger();

  private TestPostgres(EmbeddedPostgres postgres, String prefix) {
    this.postgres = postgres;
    this.prefix = prefix;
  }

  /** Starts a server whose databases are named {@code prefix1}, {@code prefix2}, … */
  public static TestPostgres start(String prefix) throws IOException {
    return new TestPostgres(EmbeddedPostgres.builder().start(), prefix);
  }

  /** A store over a new, empty database of this server. */
  public Store freshStore(Path dir) throws SQLException {
    return Store.open(freshDatabase(), dir);
  }

  /** A new, empty database of this server, for stores of several processes. */
  public DatabaseConfig freshDatabase() throws SQLException {
    String name = prefix + databases.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new DatabaseConfig(postgres.getJdbcUrl("postgres", name), "postgres", "");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
