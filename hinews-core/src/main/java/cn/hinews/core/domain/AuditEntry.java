package cn.hinews.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing somebody did: a login, a publication, an edit, a change to a source or a user.
 *
 * @param at when
 * @param username who (or the name tried, for a failed login)
 * @param action what, e.g. {@code LOGIN}, {@code LOGIN_FAILED}, {@code PUBLISH}
 * @param target on what, e.g. {@code weekly 657}
 * @param detail anything else worth keeping
 */
public record AuditEntry(Instant at, String username, String action, String target, String detail) {
  /** An entry of a typed action. */
  public static AuditEntry of(
      Instant at, String username, AuditAction action, String target, String detail) {
    return new AuditEntry(at, username, action.name(), target, detail);
  }

  /** The action as a type, when it is one of {@link AuditAction} (older rows may not be). */
  public java.util.Optional<AuditAction> type() {
    for (AuditAction a : AuditAction.values()) {
      if (a.name().equals(action)) {
        return java.util.Optional.of(a);
      }
    }
    return java.util.Optional.empty();
  }

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(action, "action");
    target = target == null ? "" : target;
    detail = detail == null ? "" : detail;
  }
}
