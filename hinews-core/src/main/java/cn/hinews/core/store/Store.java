package cn.hinews.core.store;

import cn.hinews.core.config.DatabaseConfig;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database: H2 in a file under {@code $HINEWS_HOME/db} by default, PostgreSQL by a JDBC URL.
 * Opening it migrates the schema. Every unit of work runs in one transaction through {@link
 * #inTransaction}: it lands whole or not at all.
 */
public final class Store implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final boolean created;

  private Store(HikariDataSource dataSource, boolean created) {
    this.dataSource = dataSource;
    this.created = created;
  }

  /** Opens (and if need be creates and migrates) the database of a home directory. */
  public static Store open(DatabaseConfig config, Path home) {
    String url = config.embedded() ? embeddedUrl(home) : config.url();
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(url);
    if (!config.user().isEmpty()) {
      hc.setUsername(config.user());
    } else if (config.embedded()) {
      hc.setUsername(EmbeddedDatabase.USER);
    }
    hc.setPassword(config.embedded() ? EmbeddedDatabase.prepare(home) : config.password());
    hc.setMaximumPoolSize(8);
    hc.setPoolName("hinews");
    hc.setAutoCommit(false);
    hc.setInitializationFailTimeout(-1);
    HikariDataSource ds = new HikariDataSource(hc);
    try {
      return open(ds);
    } catch (RuntimeException e) {
      ds.close();
      throw new StoreException(
          "cannot open the database at " + redact(url) + ": " + e.getMessage(), e);
    }
  }

  /** Opens a store over a data source someone else manages (tests, the web app's pool). */
  public static Store open(HikariDataSource ds) {
    var result =
        Flyway.configure()
            .dataSource(ds)
            // the shared SQL, and the triggers each database writes in its own language
            .locations(
                "classpath:cn/hinews/core/store/migration",
                "classpath:cn/hinews/core/store/triggers/" + vendor(ds))
            .load()
            .migrate();
    return new Store(ds, result.initialSchemaVersion == null && result.migrationsExecuted > 0);
  }

  /** {@code h2} or {@code postgresql}: the folder of the database's own triggers. */
  private static String vendor(DataSource ds) {
    try (Connection c = ds.getConnection()) {
      String name = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
      if (name.contains("h2")) {
        return "h2";
      }
      if (name.contains("postgres")) {
        return "postgresql";
      }
      throw new StoreException("hinews runs on H2 or PostgreSQL, not " + name);
    } catch (SQLException e) {
      throw new StoreException("cannot reach the database: " + e.getMessage(), e);
    }
  }

  static String embeddedUrl(Path home) {
    return EmbeddedDatabase.url(home);
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  /** True when this opening created the schema: the home was empty. */
  public boolean createdNow() {
    return created;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs {@code work} in one transaction; it commits if work returns, rolls back if it throws. */
  public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(new Session(c));
        c.commit();
        return result;
      } catch (Exception | Error e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("database connection failed: " + e.getMessage(), e);
    }
  }

  /** Read-only convenience: a transaction whose work throws nothing checked. */
  public <T> T read(Work<T, RuntimeException> work) {
    return inTransaction(work);
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** A unit of work over one transaction. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run(Session session) throws E;
  }
}
