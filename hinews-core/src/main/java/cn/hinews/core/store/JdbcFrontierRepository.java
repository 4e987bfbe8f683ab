package cn.hinews.core.store;

import cn.hinews.core.store.FrontierEntry.Kind;
import cn.hinews.core.store.FrontierEntry.State;
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

final class JdbcFrontierRepository implements FrontierRepository {
  private static final String COLUMNS =
      "url, source_id, url_kind, state, attempts, last_error, next_due, etag, last_modified,"
          + " entry_type";
  private final Connection c;

  JdbcFrontierRepository(Connection c) {
    this.c = c;
  }

  @Override
  public boolean discover(String url, String sourceId, Kind kind, Instant now) {
    return insert(url, sourceId, kind, null, now);
  }

  @Override
  public boolean discoverEntry(String url, String sourceId, String type, Instant now) {
    return insert(url, sourceId, Kind.ENTRY, type, now);
  }

  @Override
  public void ensureEntry(String url, String sourceId, String type, Instant now) {
    if (insert(url, sourceId, Kind.ENTRY, type, now)) {
      return;
    }
    // known already: as an article, under another type or source, or given up; configured now
    update(
        "UPDATE frontier SET url_kind = ?, entry_type = ?, source_id = ?,"
            + " next_due = CASE WHEN state = ? OR url_kind <> ? THEN ? ELSE next_due END,"
            + " state = CASE WHEN state = ? OR url_kind <> ? THEN ? ELSE state END WHERE url = ?",
        url,
        ps -> {
          ps.setString(1, Kind.ENTRY.name());
          ps.setString(2, type);
          ps.setString(3, sourceId);
          ps.setString(4, State.GONE.name());
          ps.setString(5, Kind.ENTRY.name());
          ps.setObject(6, now.atOffset(ZoneOffset.UTC));
          ps.setString(7, State.GONE.name());
          ps.setString(8, Kind.ENTRY.name());
          ps.setString(9, State.DISCOVERED.name());
          ps.setString(10, url);
        });
  }

  @Override
  public void dueNow(String url, Instant now) {
    update(
        "UPDATE frontier SET next_due = ? WHERE url = ?",
        url,
        ps -> {
          ps.setObject(1, now.atOffset(ZoneOffset.UTC));
          ps.setString(2, url);
        });
  }

  private boolean insert(String url, String sourceId, Kind kind, String entryType, Instant now) {
    // portable insert-if-absent (a failed INSERT would abort a PostgreSQL transaction)
    String sql =
        "INSERT INTO frontier (url, source_id, url_kind, state, attempts, next_due, discovered_at,"
            + " entry_type)"
            + " SELECT CAST(? AS VARCHAR(2048)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(16)),"
            + " CAST(? AS VARCHAR(16)), 0, CAST(? AS TIMESTAMP WITH TIME ZONE),"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(16))"
            + " WHERE NOT EXISTS (SELECT 1 FROM frontier WHERE url = ?)";
    if (url.length() > 2048) {
      throw new StoreException(
          "a URL longer than 2048 characters cannot be kept: " + url.substring(0, 100));
    }
    java.sql.Savepoint savepoint = null;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      // two crawl threads may add the same URL at once: the loser's unique violation is rolled
      // back to here (PostgreSQL would otherwise abort the whole transaction) and means "known"
      savepoint = c.getAutoCommit() ? null : c.setSavepoint();
      OffsetDateTime t = now.atOffset(ZoneOffset.UTC);
      ps.setString(1, url);
      ps.setString(2, sourceId);
      ps.setString(3, kind.name());
      ps.setString(4, State.DISCOVERED.name());
      ps.setObject(5, t);
      ps.setObject(6, t);
      ps.setString(7, entryType);
      ps.setString(8, url);
      boolean added = ps.executeUpdate() == 1;
      if (savepoint != null) {
        c.releaseSavepoint(savepoint);
      }
      return added;
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState()) && savepoint != null) {
        try {
          c.rollback(savepoint);
          return false;
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
      }
      throw new StoreException("cannot add " + url + " to the frontier: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<FrontierEntry> find(String url) {
    List<FrontierEntry> found =
        query("SELECT " + COLUMNS + " FROM frontier WHERE url = ?", ps -> ps.setString(1, url));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<FrontierEntry> due(Instant now, int limit) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM frontier WHERE next_due <= ? AND state <> ?"
            + " AND NOT (url_kind = ? AND state = ?)"
            + " AND (lease_until IS NULL OR lease_until < ?)"
            + " ORDER BY next_due, url FETCH FIRST ? ROWS ONLY",
        ps -> {
          ps.setObject(1, now.atOffset(ZoneOffset.UTC));
          ps.setString(2, State.GONE.name());
          ps.setString(3, Kind.ARTICLE.name());
          ps.setString(4, State.FETCHED.name());
          ps.setObject(5, now.atOffset(ZoneOffset.UTC));
          ps.setInt(6, limit);
        });
  }

  @Override
  public List<FrontierEntry> dueFor(
      java.util.Collection<String> sourceIds, Instant now, int offset, int limit) {
    if (sourceIds.isEmpty()) {
      return List.of();
    }
    List<String> ids = List.copyOf(sourceIds);
    return query(
        "SELECT "
            + COLUMNS
            + " FROM frontier WHERE next_due <= ? AND state <> ?"
            + " AND NOT (url_kind = ? AND state = ?)"
            + " AND (lease_until IS NULL OR lease_until < ?) AND source_id IN ("
            + "?, ".repeat(ids.size() - 1)
            + "?) ORDER BY next_due, url OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        ps -> {
          int i = 1;
          ps.setObject(i++, now.atOffset(ZoneOffset.UTC));
          ps.setString(i++, State.GONE.name());
          ps.setString(i++, Kind.ARTICLE.name());
          ps.setString(i++, State.FETCHED.name());
          ps.setObject(i++, now.atOffset(ZoneOffset.UTC));
          for (String id : ids) {
            ps.setString(i++, id);
          }
          ps.setInt(i++, offset);
          ps.setInt(i, limit);
        });
  }

  @Override
  public void fetched(
      String url,
      Instant at,
      Instant nextDue,
      Optional<String> etag,
      Optional<String> lastModified) {
    update(
        "UPDATE frontier SET state = ?, attempts = 0, last_error = NULL, fetched_at = ?, next_due = ?,"
            + " etag = ?, last_modified = ?, lease_until = NULL, leased_by = NULL WHERE url = ?",
        url,
        ps -> {
          ps.setString(1, State.FETCHED.name());
          ps.setObject(2, at.atOffset(ZoneOffset.UTC));
          ps.setObject(3, nextDue.atOffset(ZoneOffset.UTC));
          ps.setString(4, etag.filter(v -> v.length() <= 300).orElse(null));
          ps.setString(5, lastModified.filter(v -> v.length() <= 100).orElse(null));
          ps.setString(6, url);
        });
  }

  @Override
  public void failed(String url, String error, Instant nextDue, boolean gone) {
    update(
        "UPDATE frontier SET state = ?, attempts = attempts + 1, last_error = ?, next_due = ?,"
            + " lease_until = NULL, leased_by = NULL WHERE url = ?",
        url,
        ps -> {
          ps.setString(1, (gone ? State.GONE : State.FAILED).name());
          ps.setString(2, error.length() > 1000 ? error.substring(0, 1000) : error);
          ps.setObject(3, nextDue.atOffset(ZoneOffset.UTC));
          ps.setString(4, url);
        });
  }

  @Override
  public long count(State state) {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM frontier WHERE state = ?")) {
      ps.setString(1, state.name());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count the frontier: " + e.getMessage(), e);
    }
  }

  private void update(String sql, String url, Binder binder) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      if (ps.executeUpdate() != 1) {
        throw new StoreException("the frontier has no " + url);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot update " + url + " in the frontier: " + e.getMessage(), e);
    }
  }

  private List<FrontierEntry> query(String sql, Binder binder) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<FrontierEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new FrontierEntry(
                  rs.getString("url"),
                  rs.getString("source_id"),
                  Kind.valueOf(rs.getString("url_kind")),
                  State.valueOf(rs.getString("state")),
                  rs.getInt("attempts"),
                  Optional.ofNullable(rs.getString("last_error")),
                  rs.getObject("next_due", OffsetDateTime.class).toInstant(),
                  Optional.ofNullable(rs.getString("etag")),
                  Optional.ofNullable(rs.getString("last_modified")),
                  Optional.ofNullable(rs.getString("entry_type"))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the frontier: " + e.getMessage(), e);
    }
  }
}
