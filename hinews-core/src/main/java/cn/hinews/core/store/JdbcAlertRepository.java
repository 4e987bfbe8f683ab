package cn.hinews.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class JdbcAlertRepository implements AlertRepository {
  private static final String RULE_COLUMNS =
      "id, name, query, min_relevance, topics, outlets, source_kinds, polarity, event_kinds, mode,"
          + " digest_times, quiet_from, quiet_to, rate_per_hour, owner, enabled, created_at";
  private static final String ALERT_COLUMNS =
      "a.id, a.rule_id, r.name, a.cluster_id, a.article_id, a.title, a.url, a.outlet, a.reason,"
          + " a.reprints, a.state, a.created_at, a.updated_at";

  private final Connection c;
  private final Jdbc jdbc;
  private final JdbcAlertSubjects subjects;

  JdbcAlertRepository(Connection c) {
    this.c = c;
    this.jdbc = new Jdbc(c);
    this.subjects = new JdbcAlertSubjects(jdbc);
  }

  @Override
  public AlertRule add(AlertRule rule) {
    String sql =
        "INSERT INTO alert_rule (name, query, min_relevance, topics, outlets, source_kinds,"
            + " polarity, event_kinds, mode, digest_times, quiet_from, quiet_to, rate_per_hour,"
            + " owner, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bindRule(ps, rule);
      ps.setObject(16, at(rule.createdAt()));
      ps.executeUpdate();
      long id;
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      writeChannels(id, rule.channels());
      return rule.withId(id);
    } catch (SQLException e) {
      throw new StoreException("cannot store the rule " + rule.name() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void update(AlertRule rule) {
    String sql =
        "UPDATE alert_rule SET name = ?, query = ?, min_relevance = ?, topics = ?, outlets = ?,"
            + " source_kinds = ?, polarity = ?, event_kinds = ?, mode = ?, digest_times = ?,"
            + " quiet_from = ?, quiet_to = ?, rate_per_hour = ?, owner = ?, enabled = ? WHERE id = ?";
    jdbc.update(
        sql,
        ps -> {
          bindRule(ps, rule);
          ps.setLong(16, rule.id());
        },
        "the rule " + rule.name());
    jdbc.update(
        "DELETE FROM alert_rule_channel WHERE rule_id = ?",
        ps -> ps.setLong(1, rule.id()),
        "the rule's channels");
    writeChannels(rule.id(), rule.channels());
  }

  private static void bindRule(PreparedStatement ps, AlertRule r) throws SQLException {
    AlertRule.Filters f = r.filters();
    ps.setString(1, r.name());
    ps.setString(2, r.query());
    ps.setDouble(3, f.minRelevance());
    ps.setString(4, joined(f.topics()));
    ps.setString(5, joined(f.outlets()));
    ps.setString(6, joined(f.sourceKinds()));
    ps.setString(7, f.polarity().orElse(""));
    ps.setString(8, joined(f.eventKinds()));
    ps.setString(9, r.mode().name());
    ps.setString(10, r.digestTimes().stream().map(LocalTime::toString).collect(joining()));
    ps.setString(11, r.quietHours().map(q -> q.from().toString()).orElse(""));
    ps.setString(12, r.quietHours().map(q -> q.to().toString()).orElse(""));
    ps.setInt(13, r.ratePerHour());
    ps.setString(14, r.owner());
    ps.setBoolean(15, r.enabled());
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(",");
  }

  private static String joined(Set<String> values) {
    return values.stream().sorted().collect(joining());
  }

  private static Set<String> split(String text) {
    return text.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(text.split(",", -1)));
  }

  private void writeChannels(long ruleId, List<AlertRule.Channel> channels) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < channels.size(); i++) {
      positions.add(i);
    }
    jdbc.batch(
        "INSERT INTO alert_rule_channel (rule_id, pos, kind, address, secret) VALUES (?, ?, ?, ?, ?)",
        positions,
        (ps, i) -> {
          ps.setLong(1, ruleId);
          ps.setInt(2, i);
          ps.setString(3, channels.get(i).kind());
          ps.setString(4, channels.get(i).address());
          ps.setString(5, channels.get(i).secret());
        },
        "the rule's channels");
  }

  @Override
  public boolean remove(String name) {
    return jdbc.update(
            "DELETE FROM alert_rule WHERE name = ?", ps -> ps.setString(1, name), "the rule")
        > 0;
  }

  @Override
  public Optional<AlertRule> rule(String name) {
    return rulesWhere(" WHERE name = ?", ps -> ps.setString(1, name)).stream().findFirst();
  }

  @Override
  public Optional<AlertRule> rule(long id) {
    return rulesWhere(" WHERE id = ?", ps -> ps.setLong(1, id)).stream().findFirst();
  }

  @Override
  public List<AlertRule> rules() {
    return rulesWhere("", ps -> {});
  }

  private List<AlertRule> rulesWhere(String where, Binder binder) {
    Map<Long, List<AlertRule.Channel>> channels = new HashMap<>();
    jdbc.query(
        "SELECT rule_id, kind, address, secret FROM alert_rule_channel ORDER BY rule_id, pos",
        ps -> {},
        rs -> {
          channels
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new AlertRule.Channel(rs.getString(2), rs.getString(3), rs.getString(4)));
          return null;
        },
        "the rules' channels");
    return jdbc.query(
        "SELECT " + RULE_COLUMNS + " FROM alert_rule" + where + " ORDER BY name",
        binder,
        rs -> rule(rs, channels.getOrDefault(rs.getLong("id"), List.of())),
        "the alert rules");
  }

  private static AlertRule rule(ResultSet rs, List<AlertRule.Channel> channels)
      throws SQLException {
    String polarity = rs.getString("polarity");
    String quietFrom = rs.getString("quiet_from");
    String quietTo = rs.getString("quiet_to");
    return new AlertRule(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("query"),
        new AlertRule.Filters(
            rs.getDouble("min_relevance"),
            split(rs.getString("topics")),
            split(rs.getString("outlets")),
            split(rs.getString("source_kinds")),
            polarity.isEmpty() ? Optional.empty() : Optional.of(polarity),
            split(rs.getString("event_kinds"))),
        AlertRule.Mode.valueOf(rs.getString("mode")),
        split(rs.getString("digest_times")).stream().map(LocalTime::parse).toList(),
        quietFrom.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new AlertRule.QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietTo))),
        rs.getInt("rate_per_hour"),
        channels,
        rs.getString("owner"),
        rs.getBoolean("enabled"),
        instant(rs, "created_at"));
  }

  @Override
  public List<AlertSubject> unevaluated(Instant since, int limit) {
    return subjects.unevaluated(since, limit);
  }

  @Override
  public List<AlertSubject> judgedBetween(Instant from, Instant to, int limit) {
    return subjects.judgedBetween(from, to, limit);
  }

  @Override
  public void evaluated(long articleId, Instant analysedAt) {
    subjects.evaluated(articleId, analysedAt);
  }

  @Override
  public Optional<StoredAlert> alertAbout(long ruleId, Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return Optional.empty();
    }
    String in = articleIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    return alertsWhere(
            " WHERE a.rule_id = ? AND a.id IN (SELECT alert_id FROM alert_article WHERE article_id"
                + " IN ("
                + in
                + "))",
            ps -> ps.setLong(1, ruleId),
            1)
        .stream()
        .findFirst();
  }

  @Override
  public long raise(StoredAlert a) {
    return raiseSpike(a, "");
  }

  @Override
  public Optional<StoredAlert> spikeAlert(long ruleId, String key) {
    return alertsWhere(
            " WHERE a.rule_id = ? AND a.spike_key = ?",
            ps -> {
              ps.setLong(1, ruleId);
              ps.setString(2, key);
            },
            1)
        .stream()
        .findFirst();
  }

  @Override
  public List<TermDay> termDays(String kind, java.time.LocalDate from, java.time.LocalDate to) {
    return subjects.termDays(kind, from, to);
  }

  @Override
  public List<TermCount> termsSince(String kind, java.time.LocalDateTime since) {
    return subjects.termsSince(kind, since);
  }

  @Override
  public List<AlertSubject> topStories(
      String kind, String term, java.time.LocalDate day, int limit) {
    return subjects.topStories(kind, term, day, limit);
  }

  @Override
  public List<Growth> growing(Instant since, int minCopies) {
    return subjects.growing(since, minCopies);
  }

  @Override
  public long raiseSpike(StoredAlert a, String key) {
    String sql =
        "INSERT INTO alert (rule_id, cluster_id, article_id, title, url, outlet, reason, reprints,"
            + " state, created_at, updated_at, spike_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, a.ruleId());
      ps.setLong(2, a.clusterId());
      ps.setLong(3, a.articleId());
      ps.setString(4, cut(a.title(), 1000));
      ps.setString(5, a.url());
      ps.setString(6, cut(a.outlet(), 200));
      ps.setString(7, cut(a.reason(), 2000));
      ps.setInt(8, a.reprints());
      ps.setString(9, a.state().name());
      ps.setObject(10, at(a.createdAt()));
      ps.setObject(11, at(a.updatedAt()));
      ps.setString(12, cut(key, 400));
      ps.executeUpdate();
      long id;
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      if (key.isEmpty()) {
        addArticle(id, a.articleId());
      }
      return id;
    } catch (SQLException e) {
      throw new StoreException("cannot store the alert: " + e.getMessage(), e);
    }
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private void addArticle(long alertId, long articleId) {
    jdbc.update(
        "INSERT INTO alert_article (alert_id, article_id) VALUES (?, ?)",
        ps -> {
          ps.setLong(1, alertId);
          ps.setLong(2, articleId);
        },
        "the alert's article");
  }

  @Override
  public void addCopy(long alertId, long articleId, long clusterId, int reprints, Instant now) {
    if (!alertArticles(alertId).contains(articleId)) {
      addArticle(alertId, articleId);
    }
    jdbc.update(
        "UPDATE alert SET cluster_id = ?, reprints = ?, updated_at = ? WHERE id = ?",
        ps -> {
          ps.setLong(1, clusterId);
          ps.setInt(2, reprints);
          ps.setObject(3, at(now));
          ps.setLong(4, alertId);
        },
        "the alert's reprints");
  }

  @Override
  public int raisedSince(long ruleId, Instant since) {
    return jdbc.query(
            "SELECT COUNT(*) FROM alert WHERE rule_id = ? AND created_at >= ? AND state <> ?",
            ps -> {
              ps.setLong(1, ruleId);
              ps.setObject(2, at(since));
              ps.setString(3, StoredAlert.State.RATE_LIMITED.name());
            },
            rs -> rs.getInt(1),
            "the rule's alerts")
        .get(0);
  }

  @Override
  public List<StoredAlert> alerts(int limit) {
    return alertsWhere("", ps -> {}, limit);
  }

  @Override
  public Optional<StoredAlert> alert(long id) {
    return alertsWhere(" WHERE a.id = ?", ps -> ps.setLong(1, id), 1).stream().findFirst();
  }

  private List<StoredAlert> alertsWhere(String where, Binder binder, int limit) {
    return jdbc.query(
        "SELECT "
            + ALERT_COLUMNS
            + " FROM alert a JOIN alert_rule r ON r.id = a.rule_id"
            + where
            + " ORDER BY a.created_at DESC, a.id DESC FETCH FIRST "
            + limit
            + " ROWS ONLY",
        binder,
        rs ->
            new StoredAlert(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getInt(10),
                StoredAlert.State.valueOf(rs.getString(11)),
                instant(rs, "created_at"),
                instant(rs, "updated_at")),
        "the alerts");
  }

  @Override
  public boolean setState(long alertId, StoredAlert.State state, Instant now) {
    return jdbc.update(
            "UPDATE alert SET state = ?, updated_at = ? WHERE id = ?",
            ps -> {
              ps.setString(1, state.name());
              ps.setObject(2, at(now));
              ps.setLong(3, alertId);
            },
            "the alert's state")
        > 0;
  }

  @Override
  public List<Long> alertArticles(long alertId) {
    return jdbc.query(
        "SELECT aa.article_id FROM alert_article aa JOIN article ar ON ar.id = aa.article_id"
            + " WHERE aa.alert_id = ? ORDER BY ar.created_at, aa.article_id",
        ps -> ps.setLong(1, alertId),
        rs -> rs.getLong(1),
        "the alert's articles");
  }

  static OffsetDateTime at(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
