package cn.hinews.core.store;

import java.sql.Connection;

/** The repositories of one transaction. */
public final class Session {
  private final ArticleRepository articles;
  private final IssueRepository issues;
  private final FrontierRepository frontier;
  private final PageRepository pages;
  private final FetchLogRepository fetchLog;
  private final DecisionRepository decisions;
  private final UserRepository users;

  Session(Connection connection) {
    this.articles = new JdbcArticleRepository(connection);
    this.issues = new JdbcIssueRepository(connection);
    this.frontier = new JdbcFrontierRepository(connection);
    this.pages = new JdbcPageRepository(connection);
    this.fetchLog = new JdbcFetchLogRepository(connection);
    this.decisions = new JdbcDecisionRepository(connection);
    this.users = new JdbcUserRepository(connection);
  }

  public ArticleRepository articles() {
    return articles;
  }

  public IssueRepository issues() {
    return issues;
  }

  public FrontierRepository frontier() {
    return frontier;
  }

  public PageRepository pages() {
    return pages;
  }

  public FetchLogRepository fetchLog() {
    return fetchLog;
  }

  public DecisionRepository decisions() {
    return decisions;
  }

  public UserRepository users() {
    return users;
  }
}
