package cn.hinews.core.store;

import java.sql.Connection;

/** The repositories of one transaction. */
public final class Session {
  private final ArticleRepository articles;
  private final IssueRepository issues;
  private final FrontierRepository frontier;

  Session(Connection connection) {
    this.articles = new JdbcArticleRepository(connection);
    this.issues = new JdbcIssueRepository(connection);
    this.frontier = new JdbcFrontierRepository(connection);
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
}
