package cn.hinews.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbcPageRepository implements PageRepository {
  private final Connection c;

  JdbcPageRepository(Connection c) {
    this.c = c;
  }

  @Override
  public void save(RawPage p) {
    try {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM raw_page WHERE url = ?")) {
        del.setString(1, p.url());
        del.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO raw_page (url, source_id, final_url, fetched_at, content_type,"
                  + " body_bytes, body_gz) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, p.url());
        ps.setString(2, p.sourceId());
        ps.setString(3, p.finalUrl().length() > 2048 ? p.url() : p.finalUrl());
        ps.setObject(4, p.fetchedAt().atOffset(ZoneOffset.UTC));
        ps.setString(
            5, p.contentType().map(t -> t.length() > 300 ? t.substring(0, 300) : t).orElse(null));
        ps.setInt(6, p.body().length);
        ps.setBytes(7, Gzip.compress(p.body()));
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot keep the page " + p.url() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<RawPage> find(String url) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT url, source_id, final_url, fetched_at, content_type, body_gz FROM raw_page"
                + " WHERE url = ?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new RawPage(
                rs.getString("url"),
                rs.getString("source_id"),
                rs.getString("final_url"),
                rs.getObject("fetched_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getString("content_type")),
                Gzip.decompress(rs.getBytes("body_gz"), url)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the page " + url + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> urls(Optional<String> sourceId, String after, int limit) {
    String sql =
        "SELECT url FROM raw_page WHERE url > ?"
            + (sourceId.isPresent() ? " AND source_id = ?" : "")
            + " ORDER BY url FETCH FIRST ? ROWS ONLY";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, after);
      if (sourceId.isPresent()) {
        ps.setString(i++, sourceId.get());
      }
      ps.setInt(i, limit);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list kept pages: " + e.getMessage(), e);
    }
  }

  @Override
  public long count() {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM raw_page");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count kept pages: " + e.getMessage(), e);
    }
  }
}
