package cn.hinews.core.store;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes ordered body blocks in a table keyed by a prefix of ids. */
final class Blocks {
  private Blocks() {}

  static void insert(Connection c, String table, String keyColumns, long[] key, List<Block> blocks)
      throws SQLException {
    String placeholders = "?, ".repeat(key.length);
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + keyColumns
            + ", ord, block_kind, body_text) VALUES ("
            + placeholders
            + "?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int ord = 0;
      for (Block b : blocks) {
        int i = 1;
        for (long k : key) {
          ps.setLong(i++, k);
        }
        ps.setInt(i++, ord++);
        ps.setString(i++, b.kind().name());
        ps.setString(i, b.text().length() > 200_000 ? b.text().substring(0, 200_000) : b.text());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static List<Block> read(ResultSet rs) throws SQLException {
    List<Block> out = new ArrayList<>();
    while (rs.next()) {
      out.add(new Block(BlockKind.valueOf(rs.getString("block_kind")), rs.getString("body_text")));
    }
    return out;
  }
}
