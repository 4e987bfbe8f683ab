package cn.hinews.core.store;

import cn.hinews.core.domain.IssueStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

final class JdbcDecisionRepository implements DecisionRepository {
  private final Connection c;

  JdbcDecisionRepository(Connection c) {
    this.c = c;
  }

  @Override
  public void decide(long articleId, String seriesId, Decision decision, Instant at) {
    try (PreparedStatement del =
            c.prepareStatement(
                "DELETE FROM editor_decision WHERE article_id = ? AND series_id = ?");
        PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO editor_decision (article_id, series_id, decision, decided_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      del.setLong(1, articleId);
      del.setString(2, seriesId);
      del.executeUpdate();
      ins.setLong(1, articleId);
      ins.setString(2, seriesId);
      ins.setString(3, decision.name());
      ins.setObject(4, at.atOffset(ZoneOffset.UTC));
      ins.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot record the decision on article " + articleId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean undo(long articleId, String seriesId) {
    try (PreparedStatement del =
        c.prepareStatement("DELETE FROM editor_decision WHERE article_id = ? AND series_id = ?")) {
      del.setLong(1, articleId);
      del.setString(2, seriesId);
      return del.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot undo the decision on article " + articleId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Long> decided(String seriesId, Decision decision) {
    return ids(
        "SELECT article_id FROM editor_decision WHERE series_id = ? AND decision = ?"
            + " ORDER BY decided_at DESC, article_id",
        ps -> {
          ps.setString(1, seriesId);
          ps.setString(2, decision.name());
        });
  }

  @Override
  public List<Long> articlesDecided(Decision decision) {
    return ids(
        "SELECT DISTINCT article_id FROM editor_decision WHERE decision = ? ORDER BY article_id",
        ps -> ps.setString(1, decision.name()));
  }

  @Override
  public List<Long> publishedItemArticles() {
    return ids(
        "SELECT DISTINCT ii.article_id FROM issue_item ii JOIN issue i ON i.id = ii.issue_id"
            + " WHERE i.status = ? ORDER BY ii.article_id",
        ps -> ps.setString(1, IssueStatus.PUBLISHED.name()));
  }

  @Override
  public List<Long> itemArticles(String seriesId) {
    return ids(
        "SELECT DISTINCT ii.article_id FROM issue_item ii JOIN issue i ON i.id = ii.issue_id"
            + " WHERE i.series_id = ? ORDER BY ii.article_id",
        ps -> ps.setString(1, seriesId));
  }

  private List<Long> ids(String sql, Binder binder) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read decisions: " + e.getMessage(), e);
    }
  }
}
