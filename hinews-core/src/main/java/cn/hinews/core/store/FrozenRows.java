package cn.hinews.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's trigger for what never changes (V10, the same rules as PostgreSQL's functions there): a
 * published issue, its items and their text are neither updated nor deleted, the audit log is
 * append-only, and an article keeps its URL. Public because H2 instantiates it by name.
 */
public final class FrozenRows implements Trigger {
  private String table = "";
  private int statusColumn = -1;
  private int idColumn = -1;
  private int issueIdColumn = -1;
  private int urlColumn = -1;

  @Override
  public void init(
      Connection conn, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    this.table = table.toLowerCase(Locale.ROOT);
    try (ResultSet rs = conn.getMetaData().getColumns(null, schema, table, null)) {
      while (rs.next()) {
        int index = rs.getInt("ORDINAL_POSITION") - 1;
        switch (rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)) {
          case "status" -> statusColumn = index;
          case "id" -> idColumn = index;
          case "issue_id" -> issueIdColumn = index;
          case "url" -> urlColumn = index;
          default -> {
            // a column the rules do not look at
          }
        }
      }
    }
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    switch (table) {
      case "audit_log" -> throw new SQLException("the audit log is append-only");
      case "issue" -> {
        if ("PUBLISHED".equals(oldRow[statusColumn])) {
          throw new SQLException("issue " + oldRow[idColumn] + " is published and never changes");
        }
      }
      case "issue_item", "issue_item_block" -> {
        if (published(conn, oldRow[issueIdColumn])) {
          throw new SQLException(
              "the items of published issue " + oldRow[issueIdColumn] + " never change");
        }
      }
      case "article" -> {
        if (newRow != null && !oldRow[urlColumn].equals(newRow[urlColumn])) {
          throw new SQLException("the URL of article " + oldRow[idColumn] + " never changes");
        }
      }
      default -> throw new SQLException("FrozenRows does not guard the table " + table);
    }
  }

  private static boolean published(Connection conn, Object issueId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT status FROM issue WHERE id = ?")) {
      ps.setObject(1, issueId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && "PUBLISHED".equals(rs.getString(1));
      }
    }
  }
}
