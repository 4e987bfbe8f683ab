package cn.hinews.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

final class JdbcWorkerRepository implements WorkerRepository {
  private static final String WHAT = "the workers' table";
  private final Jdbc db;

  JdbcWorkerRepository(Connection c) {
    this.db = new Jdbc(c);
  }

  private static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant databaseNow() {
    return db.query(
            "SELECT CURRENT_TIMESTAMP",
            ps -> {},
            rs -> rs.getObject(1, OffsetDateTime.class).toInstant(),
            "the database's clock")
        .get(0);
  }

  @Override
  public Duration bookHost(String host, Duration gap) {
    Optional<Instant> next = lockHost(host);
    // the time is read once the row is ours (a wait for another worker's booking must not make
    // it stale); the workers' clocks are kept in step by NTP, as leases also assume
    Instant first = Instant.now();
    if (next.isEmpty()) {
      if (insertIfAbsent(
          "INSERT INTO host_slot (host, next_at) VALUES (?, ?)",
          ps -> {
            ps.setString(1, host);
            ps.setObject(2, utc(first.plus(gap)));
          })) {
        return Duration.ZERO;
      }
      next = lockHost(host); // another worker booked the host's first request meanwhile
    }
    Instant now = Instant.now();
    Instant start = next.filter(n -> n.isAfter(now)).orElse(now);
    db.update(
        "UPDATE host_slot SET next_at = ? WHERE host = ?",
        ps -> {
          ps.setObject(1, utc(start.plus(gap)));
          ps.setString(2, host);
        },
        "the hosts' next requests");
    return Duration.between(now, start);
  }

  private Optional<Instant> lockHost(String host) {
    return db
        .query(
            "SELECT next_at FROM host_slot WHERE host = ? FOR UPDATE",
            ps -> ps.setString(1, host),
            rs -> rs.getObject(1, OffsetDateTime.class).toInstant(),
            "the hosts' next requests")
        .stream()
        .findFirst();
  }

  /** An insert that loses a race to another worker's is false, and the transaction goes on. */
  private boolean insertIfAbsent(String sql, Binder binder) {
    Connection c = db.connection();
    Savepoint before;
    try {
      before = c.getAutoCommit() ? null : c.setSavepoint();
    } catch (SQLException e) {
      throw new StoreException("cannot write " + WHAT + ": " + e.getMessage(), e);
    }
    try {
      db.update(sql, binder, WHAT);
      return true;
    } catch (StoreException raced) {
      if (before == null
          || !(raced.getCause() instanceof SQLException s)
          || !"23505".equals(s.getSQLState())) {
        throw raced;
      }
      try {
        c.rollback(before);
      } catch (SQLException e) {
        raced.addSuppressed(e);
        throw raced;
      }
      return false;
    }
  }

  @Override
  public void beat(WorkerBeat b) {
    int n =
        db.update(
            "UPDATE worker SET roles = ?, beat_at = ?, stopped_at = NULL, fetches = ?,"
                + " analysed = ? WHERE name = ?",
            ps -> {
              ps.setString(1, b.roles());
              ps.setObject(2, utc(b.beatAt()));
              ps.setLong(3, b.fetches());
              ps.setLong(4, b.analysed());
              ps.setString(5, b.name());
            },
            WHAT);
    if (n == 0) {
      insertIfAbsent(
          "INSERT INTO worker (name, host, pid, roles, started_at, beat_at, fetches, analysed)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          ps -> {
            ps.setString(1, b.name());
            ps.setString(2, b.host());
            ps.setLong(3, b.pid());
            ps.setString(4, b.roles());
            ps.setObject(5, utc(b.startedAt()));
            ps.setObject(6, utc(b.beatAt()));
            ps.setLong(7, b.fetches());
            ps.setLong(8, b.analysed());
          });
    }
  }

  @Override
  public void stopped(String name, Instant at) {
    db.update(
        "UPDATE worker SET stopped_at = ? WHERE name = ?",
        ps -> {
          ps.setObject(1, utc(at));
          ps.setString(2, name);
        },
        WHAT);
  }

  @Override
  public List<WorkerBeat> workers() {
    return db.query(
        "SELECT name, host, pid, roles, started_at, beat_at, stopped_at, fetches, analysed"
            + " FROM worker ORDER BY beat_at DESC, name",
        ps -> {},
        rs ->
            new WorkerBeat(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getObject(6, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject(7, OffsetDateTime.class))
                    .map(OffsetDateTime::toInstant),
                rs.getLong(8),
                rs.getLong(9)),
        WHAT);
  }

  @Override
  public boolean holdJob(String job, String holder, Instant now, Duration lease) {
    int n =
        db.update(
            "UPDATE job_lease SET holder = ?, until_at = ? WHERE job = ?"
                + " AND (holder = ? OR until_at < ?)",
            ps -> {
              ps.setString(1, holder);
              ps.setObject(2, utc(now.plus(lease)));
              ps.setString(3, job);
              ps.setString(4, holder);
              ps.setObject(5, utc(now));
            },
            "the jobs' leases");
    if (n == 1) {
      return true;
    }
    return insertIfAbsent(
        "INSERT INTO job_lease (job, holder, until_at) VALUES (?, ?, ?)",
        ps -> {
          ps.setString(1, job);
          ps.setString(2, holder);
          ps.setObject(3, utc(now.plus(lease)));
        });
  }

  @Override
  public void releaseJob(String job, String holder) {
    db.update(
        "DELETE FROM job_lease WHERE job = ? AND holder = ?",
        ps -> {
          ps.setString(1, job);
          ps.setString(2, holder);
        },
        "the jobs' leases");
  }
}
