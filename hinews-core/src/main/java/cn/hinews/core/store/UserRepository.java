package cn.hinews.core.store;

import cn.hinews.core.domain.AppUser;
import cn.hinews.core.domain.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users and the audit log. */
public interface UserRepository {
  Optional<AppUser> find(String username);

  List<AppUser> all();

  long count();

  /** Adds a user; the name must be new. */
  void insert(AppUser user, Instant at);

  void setPassword(String username, String passwordHash);

  /** Whether the user's next login must first set a new password. */
  void requirePasswordChange(String username, boolean required);

  void setRole(String username, AppUser.Role role);

  void setEnabled(String username, boolean enabled);

  /** A failed login: counts it, and locks the user until {@code lockUntil} when given. */
  void loginFailed(String username, Optional<Instant> lockUntil);

  /** A successful login: the failures are forgotten. */
  void loginSucceeded(String username);

  void audit(AuditEntry entry);

  /** The newest entries first. */
  List<AuditEntry> auditLog(int limit);

  /** The latest entry of this action on this target, if any. */
  Optional<AuditEntry> lastAudit(cn.hinews.core.domain.AuditAction action, String target);
}
