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
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(action, "action");
    target = target == null ? "" : target;
    detail = detail == null ? "" : detail;
  }
}
