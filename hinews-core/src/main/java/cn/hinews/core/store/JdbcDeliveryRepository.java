package cn.hinews.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

final class JdbcDeliveryRepository implements DeliveryRepository {
  private static final String COLUMNS =
      "id, alert_id, rule_id, issue_id, kind, address, secret, status, attempts, next_at,"
          + " last_error, created_at, sent_at";

  private final Connection c;
  private final Jdbc jdbc;

  JdbcDeliveryRepository(Connection c) {
    this.c = c;
    this.jdbc = new Jdbc(c);
  }

  @Override
  public long queue(Delivery d) {
    String sql =
        "INSERT INTO alert_delivery (alert_id, rule_id, issue_id, kind, address, secret, status,"
            + " attempts, next_at, last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      setId(ps, 1, d.alertId());
      setId(ps, 2, d.ruleId());
      setId(ps, 3, d.issueId());
      ps.setString(4, d.kind());
      ps.setString(5, d.address());
      ps.setString(6, d.secret());
      ps.setString(7, d.status().name());
      ps.setInt(8, d.attempts());
      ps.setObject(9, JdbcAlertRepository.at(d.nextAt()));
      ps.setString(10, d.lastError());
      ps.setObject(11, JdbcAlertRepository.at(d.createdAt()));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot queue a delivery: " + e.getMessage(), e);
    }
  }

  private static void setId(PreparedStatement ps, int i, Optional<Long> id) throws SQLException {
    if (id.isPresent()) {
      ps.setLong(i, id.get());
    } else {
      ps.setNull(i, Types.BIGINT);
    }
  }

  @Override
  public List<Delivery> due(Instant now, int limit) {
    return where(
        " WHERE status = 'PENDING' AND next_at <= ? ORDER BY next_at, id FETCH FIRST "
            + limit
            + " ROWS ONLY",
        ps -> ps.setObject(1, JdbcAlertRepository.at(now)));
  }

  @Override
  public void sent(long deliveryId, Instant at) {
    jdbc.update(
        "UPDATE alert_delivery SET status = 'SENT', attempts = attempts + 1, sent_at = ?,"
            + " last_error = '' WHERE id = ?",
        ps -> {
          ps.setObject(1, JdbcAlertRepository.at(at));
          ps.setLong(2, deliveryId);
        },
        "the delivery");
  }

  @Override
  public void attemptFailed(long deliveryId, String reason, Optional<Instant> retryAt) {
    jdbc.update(
        "UPDATE alert_delivery SET attempts = attempts + 1, last_error = ?, status = ?,"
            + " next_at = COALESCE(?, next_at) WHERE id = ?",
        ps -> {
          ps.setString(1, JdbcAlertRepository.cut(reason, 1000));
          ps.setString(2, retryAt.isPresent() ? "PENDING" : "FAILED");
          ps.setObject(
              3, retryAt.map(JdbcAlertRepository::at).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
          ps.setLong(4, deliveryId);
        },
        "the delivery");
  }

  @Override
  public boolean resend(long deliveryId, Instant now) {
    return jdbc.update(
            "UPDATE alert_delivery SET status = 'PENDING', attempts = 0, next_at = ? WHERE id = ?",
            ps -> {
              ps.setObject(1, JdbcAlertRepository.at(now));
              ps.setLong(2, deliveryId);
            },
            "the delivery")
        > 0;
  }

  @Override
  public List<Delivery> deliveries(int limit) {
    return where(
        " ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY", ps -> {});
  }

  @Override
  public List<Delivery> issueDeliveries(long issueId) {
    return where(" WHERE issue_id = ? ORDER BY id", ps -> ps.setLong(1, issueId));
  }

  private List<Delivery> where(String rest, Binder binder) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM alert_delivery" + rest,
        binder,
        rs -> {
          OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
          return new Delivery(
              rs.getLong("id"),
              id(rs, "alert_id"),
              id(rs, "rule_id"),
              id(rs, "issue_id"),
              rs.getString("kind"),
              rs.getString("address"),
              rs.getString("secret"),
              Delivery.Status.valueOf(rs.getString("status")),
              rs.getInt("attempts"),
              JdbcAlertRepository.instant(rs, "next_at"),
              rs.getString("last_error"),
              JdbcAlertRepository.instant(rs, "created_at"),
              Optional.ofNullable(sentAt).map(OffsetDateTime::toInstant));
        },
        "the deliveries");
  }

  private static Optional<Long> id(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  @Override
  public List<Subscriber> subscribers(String seriesId) {
    return jdbc.query(
        "SELECT series_id, email, grp FROM series_subscriber WHERE series_id = ? ORDER BY email",
        ps -> ps.setString(1, seriesId),
        rs -> new Subscriber(rs.getString(1), rs.getString(2), rs.getString(3)),
        "the subscribers");
  }

  @Override
  public void subscribe(Subscriber s) {
    unsubscribe(s.seriesId(), s.email());
    jdbc.update(
        "INSERT INTO series_subscriber (series_id, email, grp) VALUES (?, ?, ?)",
        ps -> {
          ps.setString(1, s.seriesId());
          ps.setString(2, s.email());
          ps.setString(3, s.group());
        },
        "the subscriber");
  }

  @Override
  public boolean unsubscribe(String seriesId, String email) {
    return jdbc.update(
            "DELETE FROM series_subscriber WHERE series_id = ? AND email = ?",
            ps -> {
              ps.setString(1, seriesId);
              ps.setString(2, email);
            },
            "the subscriber")
        > 0;
  }
}
