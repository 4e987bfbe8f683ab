package cn.hinews.core.store;

import cn.hinews.core.domain.AppUser;
import cn.hinews.core.domain.AuditEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbcUserRepository implements UserRepository {
  private static final String COLUMNS =
      "username, password_hash, role, enabled, failed_logins, locked_until, must_change_password";
  private final Connection c;

  JdbcUserRepository(Connection c) {
    this.c = c;
  }

  @Override
  public Optional<AppUser> find(String username) {
    List<AppUser> found =
        users(
            "SELECT " + COLUMNS + " FROM app_user WHERE username = ?",
            ps -> ps.setString(1, username));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<AppUser> all() {
    return users("SELECT " + COLUMNS + " FROM app_user ORDER BY username", ps -> {});
  }

  @Override
  public long count() {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_user");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count users: " + e.getMessage(), e);
    }
  }

  @Override
  public void insert(AppUser u, Instant at) {
    update(
        "INSERT INTO app_user (username, password_hash, role, enabled, failed_logins, locked_until,"
            + " created_at, must_change_password) VALUES (?, ?, ?, ?, 0, NULL, ?, ?)",
        "add the user " + u.username(),
        ps -> {
          ps.setString(1, u.username());
          ps.setString(2, u.passwordHash());
          ps.setString(3, u.role().name());
          ps.setBoolean(4, u.enabled());
          ps.setObject(5, at.atOffset(ZoneOffset.UTC));
          ps.setBoolean(6, u.mustChangePassword());
        });
  }

  @Override
  public void setPassword(String username, String passwordHash) {
    update(
        "UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE username = ?",
        "set the password of " + username,
        ps -> {
          ps.setString(1, passwordHash);
          ps.setString(2, username);
        });
  }

  @Override
  public void requirePasswordChange(String username, boolean required) {
    update(
        "UPDATE app_user SET must_change_password = ? WHERE username = ?",
        "mark the password of " + username,
        ps -> {
          ps.setBoolean(1, required);
          ps.setString(2, username);
        });
  }

  @Override
  public void setRole(String username, AppUser.Role role) {
    update(
        "UPDATE app_user SET role = ? WHERE username = ?",
        "set the role of " + username,
        ps -> {
          ps.setString(1, role.name());
          ps.setString(2, username);
        });
  }

  @Override
  public void setEnabled(String username, boolean enabled) {
    update(
        "UPDATE app_user SET enabled = ? WHERE username = ?",
        "enable or disable " + username,
        ps -> {
          ps.setBoolean(1, enabled);
          ps.setString(2, username);
        });
  }

  @Override
  public void loginFailed(String username, Optional<Instant> lockUntil) {
    update(
        "UPDATE app_user SET failed_logins = failed_logins + 1, locked_until = ? WHERE username = ?",
        "count a failed login of " + username,
        ps -> {
          ps.setObject(1, lockUntil.map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null));
          ps.setString(2, username);
        });
  }

  @Override
  public void loginSucceeded(String username) {
    update(
        "UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ?",
        "reset the failed logins of " + username,
        ps -> ps.setString(1, username));
  }

  @Override
  public void audit(AuditEntry e) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (at_time, username, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
      ps.setObject(1, e.at().atOffset(ZoneOffset.UTC));
      ps.setString(2, clip(e.username(), 64));
      ps.setString(3, clip(e.action(), 32));
      ps.setString(4, clip(e.target(), 300));
      ps.setString(5, clip(e.detail(), 1000));
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw new StoreException("cannot write the audit log: " + ex.getMessage(), ex);
    }
  }

  @Override
  public List<AuditEntry> auditLog(int limit) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT at_time, username, action, target, detail FROM audit_log"
                + " ORDER BY at_time DESC, id DESC FETCH FIRST ? ROWS ONLY")) {
      ps.setInt(1, limit);
      List<AuditEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AuditEntry(
                  rs.getObject("at_time", OffsetDateTime.class).toInstant(),
                  rs.getString("username"),
                  rs.getString("action"),
                  rs.getString("target"),
                  rs.getString("detail")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the audit log: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<AuditEntry> lastAudit(cn.hinews.core.domain.AuditAction action, String target) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT at_time, username, action, target, detail FROM audit_log"
                + " WHERE action = ? AND target = ? ORDER BY at_time DESC, id DESC"
                + " FETCH FIRST 1 ROWS ONLY")) {
      ps.setString(1, action.name());
      ps.setString(2, target);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new AuditEntry(
                rs.getObject("at_time", OffsetDateTime.class).toInstant(),
                rs.getString("username"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("detail")));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the audit log: " + e.getMessage(), e);
    }
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  private void update(String sql, String what, Binder binder) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private List<AppUser> users(String sql, Binder binder) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<AppUser> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
          out.add(
              new AppUser(
                  rs.getString("username"),
                  rs.getString("password_hash"),
                  AppUser.Role.valueOf(rs.getString("role")),
                  rs.getBoolean("enabled"),
                  rs.getInt("failed_logins"),
                  Optional.ofNullable(locked).map(OffsetDateTime::toInstant),
                  rs.getBoolean("must_change_password")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read users: " + e.getMessage(), e);
    }
  }
}
