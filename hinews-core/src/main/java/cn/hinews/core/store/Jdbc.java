package cn.hinews.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC idioms the newer repositories share: a query into records, an update. */
final class Jdbc {
  /** Reads one row into a value. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection c;

  Jdbc(Connection c) {
    this.c = c;
  }

  Connection connection() {
    return c;
  }

  <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper, String what) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
    }
  }

  int update(String sql, Binder binder, String what) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot write " + what + ": " + e.getMessage(), e);
    }
  }

  /** One prepared statement run once per element, as one JDBC batch. */
  /**
   * Inserts the row of a numbered version ({@code table.version}) unless that number exists, or
   * another process wrote it between the check and the insert; false then (the caller tries the
   * next number).
   */
  boolean insertVersion(String table, int version, String insertSql, Binder binder, String what) {
    boolean exists =
        !query(
                "SELECT version FROM " + table + " WHERE version = ?",
                ps -> ps.setInt(1, version),
                rs -> rs.getInt(1),
                what)
            .isEmpty();
    if (exists) {
      return false;
    }
    Savepoint before;
    try {
      before = c.setSavepoint();
    } catch (SQLException e) {
      throw new StoreException("cannot write " + what + ": " + e.getMessage(), e);
    }
    try {
      update(insertSql, binder, what);
      return true;
    } catch (StoreException raced) {
      // another process wrote this version between the check and the insert
      try {
        c.rollback(before);
      } catch (SQLException e) {
        raced.addSuppressed(e);
        throw raced;
      }
      return false;
    }
  }

  <T> void batch(String sql, Iterable<T> elements, BatchBinder<T> binder, String what) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      boolean any = false;
      for (T e : elements) {
        binder.bind(ps, e);
        ps.addBatch();
        any = true;
      }
      if (any) {
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write " + what + ": " + e.getMessage(), e);
    }
  }

  /** Sets the parameters of one element of a batch. */
  @FunctionalInterface
  interface BatchBinder<T> {
    void bind(PreparedStatement ps, T element) throws SQLException;
  }
}
