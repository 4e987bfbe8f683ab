package cn.hinews.core.store;

import cn.hinews.core.store.FrontierEntry.Kind;
import cn.hinews.core.store.FrontierEntry.State;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class JdbcFrontierLeases implements FrontierLeases {
  private static final String WHAT = "the frontier's leases";
  private static final int CHUNK = 200;

  /** What makes a row due and not done: the same condition as the frontier's due lists. */
  private static final String DUE =
      " next_due <= ? AND state <> '"
          + State.GONE.name()
          + "' AND NOT (url_kind = '"
          + Kind.ARTICLE.name()
          + "' AND state = '"
          + State.FETCHED.name()
          + "')";

  private final Jdbc db;

  JdbcFrontierLeases(Connection c) {
    this.db = new Jdbc(c);
  }

  private static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Set<String> claim(Collection<String> urls, String worker, Instant now, Instant until) {
    Set<String> mine = new LinkedHashSet<>();
    List<String> all = List.copyOf(urls);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      List<String> free =
          db.query(
              "SELECT url FROM frontier WHERE url IN ("
                  + "?, ".repeat(chunk.size() - 1)
                  + "?) AND (lease_until IS NULL OR lease_until < ?) AND"
                  + DUE
                  + " FOR UPDATE SKIP LOCKED",
              ps -> {
                int i = 1;
                for (String u : chunk) {
                  ps.setString(i++, u);
                }
                ps.setObject(i++, utc(now));
                ps.setObject(i, utc(now));
              },
              rs -> rs.getString(1),
              WHAT);
      db.batch(
          "UPDATE frontier SET lease_until = ?, leased_by = ? WHERE url = ?",
          free,
          (ps, u) -> {
            ps.setObject(1, utc(until));
            ps.setString(2, worker);
            ps.setString(3, u);
          },
          WHAT);
      mine.addAll(free);
    }
    return mine;
  }

  @Override
  public void release(Collection<String> urls, String worker) {
    db.batch(
        "UPDATE frontier SET lease_until = NULL, leased_by = NULL WHERE url = ? AND leased_by = ?",
        urls,
        (ps, u) -> {
          ps.setString(1, u);
          ps.setString(2, worker);
        },
        WHAT);
  }

  @Override
  public int releaseAll(String worker) {
    return db.update(
        "UPDATE frontier SET lease_until = NULL, leased_by = NULL WHERE leased_by = ?",
        ps -> ps.setString(1, worker),
        WHAT);
  }

  @Override
  public long heldDue(Collection<String> sourceIds, Instant now) {
    if (sourceIds.isEmpty()) {
      return 0;
    }
    List<String> ids = new ArrayList<>(sourceIds);
    return db.query(
            "SELECT COUNT(*) FROM frontier WHERE lease_until >= ? AND"
                + DUE
                + " AND source_id IN ("
                + "?, ".repeat(ids.size() - 1)
                + "?)",
            ps -> {
              int i = 1;
              ps.setObject(i++, utc(now));
              ps.setObject(i++, utc(now));
              for (String id : ids) {
                ps.setString(i++, id);
              }
            },
            rs -> rs.getLong(1),
            WHAT)
        .get(0);
  }

  @Override
  public List<LeaseCount> holders(Instant now) {
    return db.query(
        "SELECT leased_by, COUNT(*) FROM frontier WHERE leased_by IS NOT NULL AND lease_until >= ?"
            + " GROUP BY leased_by ORDER BY leased_by",
        ps -> ps.setObject(1, utc(now)),
        rs -> new LeaseCount(rs.getString(1), rs.getLong(2)),
        WHAT);
  }

  @Override
  public FrontierDepth depth(Instant now) {
    return db.query(
            "SELECT COUNT(CASE WHEN"
                + DUE
                + " AND (lease_until IS NULL OR lease_until < ?) THEN 1 END),"
                + " COUNT(CASE WHEN lease_until >= ? THEN 1 END),"
                + " COUNT(CASE WHEN state = '"
                + State.FAILED.name()
                + "' THEN 1 END), COUNT(CASE WHEN state = '"
                + State.GONE.name()
                + "' THEN 1 END), COUNT(*) FROM frontier",
            ps -> {
              ps.setObject(1, utc(now));
              ps.setObject(2, utc(now));
              ps.setObject(3, utc(now));
            },
            rs ->
                new FrontierDepth(
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
            WHAT)
        .get(0);
  }
}
