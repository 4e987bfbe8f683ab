package cn.hinews.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
