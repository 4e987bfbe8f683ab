package cn.hinews.core.config;

import java.util.Objects;

/**
 * Where the database is.
 *
 * @param url JDBC URL; empty means the embedded H2 file under {@code $HINEWS_HOME/db}
 * @param user user name (may be empty)
 * @param password password (may be empty)
 */
public record DatabaseConfig(String url, String user, String password) {
  public DatabaseConfig {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  public boolean embedded() {
    return url.isBlank();
  }
}
