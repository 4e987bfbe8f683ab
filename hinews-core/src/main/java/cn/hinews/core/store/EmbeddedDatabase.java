package cn.hinews.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded H2 database of a home, kept to its owner: the home and its {@code db} folder
 * readable by the owner only, the database user {@code sa} with a generated password kept in {@code
 * db/password} (mode 600; a home made before it gets one at its next opening), and H2's automatic
 * server (which lets the CLI use the database while {@code serve} holds it) listening on loopback
 * only: {@code h2.bindAddress}, set here before H2 is first used.
 */
final class EmbeddedDatabase {
  static final String USER = "sa";

  static {
    // H2 reads it once, when its classes load; AUTO_SERVER otherwise listens on every interface
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
  }

  private static final Set<PosixFilePermission> OWNER_DIR =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");

  private EmbeddedDatabase() {}

  static String url(Path home) {
    Path db = home.resolve("db").resolve("hinews").toAbsolutePath();
    // AUTO_SERVER lets the CLI work while `hinews serve` holds the file open (on loopback only)
    return "jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE";
  }

  /** Restricts the home to its owner and gives the database its password; returns it. */
  static String prepare(Path home) {
    Path dir = home.resolve("db");
    try {
      Files.createDirectories(dir);
      ownerOnly(home, OWNER_DIR);
      ownerOnly(dir, OWNER_DIR);
      Path file = dir.resolve("password");
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      return setPassword(home, dir, file);
    } catch (IOException e) {
      throw new StoreException("cannot prepare the database folder " + dir + ": " + e, e);
    }
  }

  /**
   * A database without a password file: new, or made before passwords. The new password is written
   * beside first ({@code password.new}), so that a crash between the change and the rename loses
   * nothing: the next opening tries it.
   */
  private static String setPassword(Path home, Path dir, Path file) throws IOException {
    Path pending = dir.resolve("password.new");
    String url = url(home);
    Optional<String> earlier =
        Files.exists(pending)
            ? Optional.of(Files.readString(pending, StandardCharsets.UTF_8).strip())
            : Optional.empty();
    if (earlier.isPresent() && works(url, earlier.get())) {
      Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
      return earlier.get();
    }
    String password = HexFormat.of().formatHex(random());
    Files.writeString(pending, password, StandardCharsets.UTF_8);
    ownerOnly(pending, OWNER_FILE);
    try (Connection c = DriverManager.getConnection(url, USER, "");
        Statement s = c.createStatement()) {
      s.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
    } catch (SQLException e) {
      throw new StoreException(
          "cannot give the database "
              + url
              + " a password (does "
              + file
              + " exist elsewhere?): "
              + e.getMessage(),
          e);
    }
    Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
    return password;
  }

  private static byte[] random() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return b;
  }

  private static boolean works(String url, String password) {
    try (Connection c = DriverManager.getConnection(url, USER, password)) {
      return c.isValid(5);
    } catch (SQLException e) {
      return false; // the change never happened: the empty password still holds
    }
  }

  private static void ownerOnly(Path p, Set<PosixFilePermission> permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(p, permissions);
    } catch (UnsupportedOperationException | FileSystemException e) {
      // not a POSIX file system (or not ours to change): nothing stricter can be said here
    }
  }
}
