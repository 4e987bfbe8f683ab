package cn.hinews.core.store;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

final class JdbcModelRepository implements ModelRepository {
  private final Jdbc db;

  JdbcModelRepository(Connection c) {
    this.db = new Jdbc(c);
  }

  @Override
  public Optional<ModelVersion> latest() {
    List<ModelVersion> rows =
        db.query(
            "SELECT version, fingerprint, positives, negatives, trained, created_at"
                + " FROM relevance_model ORDER BY version DESC FETCH FIRST 1 ROWS ONLY",
            ps -> {},
            rs ->
                new ModelVersion(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getBoolean(5),
                    rs.getObject(6, OffsetDateTime.class).toInstant()),
            "the relevance model versions");
    return rows.stream().findFirst();
  }

  @Override
  public boolean insert(ModelVersion v) {
    return db.insertVersion(
        "relevance_model",
        v.version(),
        "INSERT INTO relevance_model (version, fingerprint, positives, negatives, trained,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
        ps -> {
          ps.setInt(1, v.version());
          ps.setString(2, v.fingerprint());
          ps.setInt(3, v.positives());
          ps.setInt(4, v.negatives());
          ps.setBoolean(5, v.trained());
          ps.setObject(6, v.createdAt().atOffset(ZoneOffset.UTC));
        },
        "the relevance model version");
  }
}
