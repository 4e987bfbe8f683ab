package cn.hinews.core.store;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

final class JdbcPickModelRepository implements PickModelRepository {
  private final Jdbc db;

  JdbcPickModelRepository(Connection c) {
    this.db = new Jdbc(c);
  }

  @Override
  public Optional<PickModelRow> latest() {
    List<PickModelRow> rows =
        db.query(
            "SELECT version, fingerprint, relevance_version, picks, periods, weights, topics,"
                + " created_at FROM pick_model ORDER BY version DESC FETCH FIRST 1 ROWS ONLY",
            ps -> {},
            rs ->
                new PickModelRow(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8, OffsetDateTime.class).toInstant()),
            "the pick model versions");
    return rows.stream().findFirst();
  }

  @Override
  public boolean insert(PickModelRow v) {
    return db.insertVersion(
        "pick_model",
        v.version(),
        "INSERT INTO pick_model (version, fingerprint, relevance_version, picks, periods,"
            + " weights, topics, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ps -> {
          ps.setInt(1, v.version());
          ps.setString(2, v.fingerprint());
          ps.setInt(3, v.relevanceVersion());
          ps.setInt(4, v.picks());
          ps.setInt(5, v.periods());
          ps.setString(6, v.weights());
          ps.setString(7, v.topics());
          ps.setObject(8, v.createdAt().atOffset(ZoneOffset.UTC));
        },
        "the pick model version");
  }
}
