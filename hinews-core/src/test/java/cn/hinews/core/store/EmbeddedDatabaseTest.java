package cn.hinews.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.config.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database keeps to its owner (issue 18). */
class EmbeddedDatabaseTest {
  @TempDir Path dir;

  @Test
  void aHomeMadeWithoutAPasswordGetsOneAndTheEmptyOneStopsWorking() throws Exception {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("db"));
    String url = EmbeddedDatabase.url(home);
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      assertThat(c.isValid(5)).isTrue(); // a database made the old way: sa, no password
    }
    try (Store store = Store.open(new DatabaseConfig("", "", ""), home)) {
      long users = store.read(s -> s.users().count());
      assertThat(users).isZero();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
        .isInstanceOf(SQLException.class);
    assertThat(Files.getPosixFilePermissions(home.resolve("db/password")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(home.resolve("db")))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    // and it opens again with the kept password
    try (Store store = Store.open(new DatabaseConfig("", "", ""), home)) {
      long users = store.read(s -> s.users().count());
      assertThat(users).isZero();
    }
  }
}
