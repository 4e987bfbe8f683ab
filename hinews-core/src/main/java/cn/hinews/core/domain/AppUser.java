package cn.hinews.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user of the workbench.
 *
 * @param username the login name
 * @param passwordHash a BCrypt hash (never the password)
 * @param role what the user may do
 * @param enabled false: cannot log in
 * @param failedLogins failed logins since the last success
 * @param lockedUntil locked out until then (a distributed attack on the user)
 * @param mustChangePassword the next login must first set a new password
 */
public record AppUser(
    String username,
    String passwordHash,
    Role role,
    boolean enabled,
    int failedLogins,
    Optional<Instant> lockedUntil,
    boolean mustChangePassword) {
  /** Roles, each including the ones below it. */
  public enum Role {
    /** read, search, export */
    VIEWER,
    /** and compose, publish */
    EDITOR,
    /** and users, sources, series */
    ADMIN
  }

  public AppUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(lockedUntil, "lockedUntil");
  }

  /** A user who need not change the password. */
  public AppUser(
      String username,
      String passwordHash,
      Role role,
      boolean enabled,
      int failedLogins,
      Optional<Instant> lockedUntil) {
    this(username, passwordHash, role, enabled, failedLogins, lockedUntil, false);
  }
}
