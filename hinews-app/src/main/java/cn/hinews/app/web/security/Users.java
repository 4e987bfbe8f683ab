package cn.hinews.app.web.security;

import cn.hinews.core.domain.AppUser;
import cn.hinews.core.domain.AuditEntry;
import cn.hinews.core.store.Store;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The workbench's users: BCrypt passwords, roles, the lock-out of a distributed attack, the audit
 * log. Shared by the web app and the {@code hinews user} commands.
 */
public final class Users {
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Store store;
  private final Clock clock;
  private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

  public Users(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public BCryptPasswordEncoder encoder() {
    return encoder;
  }

  /** Adds a user; an error names what is wrong (a taken name, a short password). */
  public void add(String username, String password, AppUser.Role role, String by) {
    add(username, password, role, by, false);
  }

  /** Adds a user who must set a new password at the first login (or not). */
  public void add(
      String username, String password, AppUser.Role role, String by, boolean mustChange) {
    checkName(username);
    checkPassword(password);
    store.inTransaction(
        s -> {
          if (s.users().find(username).isPresent()) {
            throw new IllegalArgumentException("the user " + username + " exists already");
          }
          s.users()
              .insert(
                  new AppUser(
                      username,
                      encoder.encode(password),
                      role,
                      true,
                      0,
                      Optional.empty(),
                      mustChange),
                  clock.instant());
          s.users()
              .audit(
                  entry(
                      by,
                      cn.hinews.core.domain.AuditAction.USER_ADD,
                      username,
                      role.name().toLowerCase(java.util.Locale.ROOT)));
          return null;
        });
  }

  /** An admin (or the CLI) sets somebody's password; it stands (no change forced). */
  public void setPassword(String username, String password, String by) {
    checkPassword(password);
    store.inTransaction(
        s -> {
          require(s.users().find(username), username);
          s.users().setPassword(username, encoder.encode(password));
          s.users().requirePasswordChange(username, false);
          s.users().audit(entry(by, cn.hinews.core.domain.AuditAction.USER_PASSWORD, username, ""));
          return null;
        });
  }

  /** A user changes their own password, giving the current one. */
  public void changeOwnPassword(String username, String current, String password) {
    AppUser u = require(find(username), username);
    if (!encoder.matches(current, u.passwordHash())) {
      throw new IllegalArgumentException("当前密码不对");
    }
    if (current.equals(password)) {
      throw new IllegalArgumentException("新密码不能与当前密码相同");
    }
    checkPassword(password);
    store.inTransaction(
        s -> {
          s.users().setPassword(username, encoder.encode(password));
          s.users().requirePasswordChange(username, false);
          s.users()
              .audit(
                  entry(username, cn.hinews.core.domain.AuditAction.PASSWORD_CHANGE, username, ""));
          return null;
        });
  }

  public void setRole(String username, AppUser.Role role, String by) {
    store.inTransaction(
        s -> {
          require(s.users().find(username), username);
          s.users().setRole(username, role);
          s.users()
              .audit(
                  entry(
                      by,
                      cn.hinews.core.domain.AuditAction.USER_ROLE,
                      username,
                      role.name().toLowerCase(java.util.Locale.ROOT)));
          return null;
        });
  }

  public void setEnabled(String username, boolean enabled, String by) {
    store.inTransaction(
        s -> {
          require(s.users().find(username), username);
          s.users().setEnabled(username, enabled);
          s.users()
              .audit(
                  entry(
                      by,
                      enabled
                          ? cn.hinews.core.domain.AuditAction.USER_ENABLE
                          : cn.hinews.core.domain.AuditAction.USER_DISABLE,
                      username,
                      ""));
          return null;
        });
  }

  public List<AppUser> list() {
    return store.read(s -> s.users().all());
  }

  public Optional<AppUser> find(String username) {
    return store.read(s -> s.users().find(username));
  }

  /**
   * Records a failed login in the audit log. Failures lock nobody: {@link LoginThrottle} slows
   * guessing down per client address and locks a user only against a distributed attack ({@link
   * #lockOut}).
   */
  public void loginFailed(String username, String detail) {
    store.inTransaction(
        s -> {
          if (s.users().find(username).isEmpty()) {
            return null; // a name nobody has: no row for anyone to flood
          }
          s.users()
              .audit(entry(username, cn.hinews.core.domain.AuditAction.LOGIN_FAILED, "", detail));
          return null;
        });
  }

  /**
   * Locks a user until {@code until}: many addresses failed to log in as it (a distributed attack).
   */
  public void lockOut(String username, Instant until) {
    store.inTransaction(
        s -> {
          if (s.users().find(username).isEmpty()) {
            return null;
          }
          s.users().loginFailed(username, Optional.of(until));
          s.users()
              .audit(
                  entry(
                      username,
                      cn.hinews.core.domain.AuditAction.LOCKED,
                      username,
                      "until " + until));
          return null;
        });
  }

  /** Lifts a lock-out without changing the password. */
  public void unlock(String username, String by) {
    store.inTransaction(
        s -> {
          require(s.users().find(username), username);
          s.users().loginSucceeded(username);
          s.users().audit(entry(by, cn.hinews.core.domain.AuditAction.USER_UNLOCK, username, ""));
          return null;
        });
  }

  public void loginSucceeded(String username) {
    store.inTransaction(
        s -> {
          s.users().loginSucceeded(username);
          s.users().audit(entry(username, cn.hinews.core.domain.AuditAction.LOGIN, "", ""));
          return null;
        });
  }

  /** Records what somebody did. */
  public void audit(
      String username, cn.hinews.core.domain.AuditAction action, String target, String detail) {
    store.inTransaction(
        s -> {
          s.users().audit(entry(username, action, target, detail));
          return null;
        });
  }

  /** The latest entry of this action on this target, if any. */
  public Optional<AuditEntry> lastAudit(cn.hinews.core.domain.AuditAction action, String target) {
    return store.read(s -> s.users().lastAudit(action, target));
  }

  public List<AuditEntry> auditLog(int limit) {
    return store.read(s -> s.users().auditLog(limit));
  }

  /**
   * On a home without users: an admin, its password from {@code HINEWS_ADMIN_PASSWORD} or generated
   * and printed once.
   */
  public void ensureAdmin(Map<String, String> env, PrintWriter out) {
    long count = store.read(s -> s.users().count());
    if (count > 0) {
      return;
    }
    String given = env.get("HINEWS_ADMIN_PASSWORD");
    boolean generated = given == null || given.isBlank();
    String password = generated ? generate() : given;
    if (password.length() < 8) {
      throw new IllegalArgumentException("HINEWS_ADMIN_PASSWORD must have at least 8 characters");
    }
    try {
      add("admin", password, AppUser.Role.ADMIN, "hinews", true);
    } catch (IllegalArgumentException | cn.hinews.core.store.StoreException e) {
      if (find("admin").isPresent()) {
        return; // another process created it at the same moment
      }
      throw e;
    }
    if (generated) {
      out.println(
          "hinews: created the user admin with the password "
              + password
              + " (shown only this once; the first login asks for a new one)");
    } else {
      out.println("hinews: created the user admin with the password from HINEWS_ADMIN_PASSWORD");
    }
    out.flush();
  }

  private String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private AuditEntry entry(
      String username, cn.hinews.core.domain.AuditAction action, String target, String detail) {
    return AuditEntry.of(clock.instant(), username, action, target, detail);
  }

  private static AppUser require(Optional<AppUser> u, String username) {
    return u.orElseThrow(() -> new IllegalArgumentException("no user " + username));
  }

  private static void checkName(String username) {
    if (username == null || !username.matches("[A-Za-z0-9_.@-]{2,64}")) {
      throw new IllegalArgumentException(
          "a user name is 2 to 64 letters, digits or _ . @ -, not '" + username + "'");
    }
  }

  /** BCrypt reads 72 bytes of a password and no more: a longer one is refused, not cut. */
  static final int MAX_PASSWORD_BYTES = 72;

  static void checkPassword(String password) {
    if (password == null || password.length() < 8) {
      throw new IllegalArgumentException("a password has at least 8 characters (密码至少 8 个字符)");
    }
    if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw new IllegalArgumentException("密码最长 72 字节（UTF-8 编码，约 24 个汉字或 72 个字母）：BCrypt 不读其后的部分");
    }
  }
}
