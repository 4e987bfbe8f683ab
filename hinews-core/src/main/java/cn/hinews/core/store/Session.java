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
  private final AnalysisQueue analysisQueue;
  private final JudgementRepository judgements;
  private final ModelRepository models;
  private final PickModelRepository pickModels;
  private final AlertRepository alerts;
  private final DeliveryRepository deliveries;
  private final FrontierLeases frontierLeases;
  private final WorkerRepository workers;

  Session(Connection connection) {
    this.analysisQueue = new JdbcAnalysisQueue(connection);
    this.articles = new JdbcArticleRepository(connection, analysisQueue);
    this.issues = new JdbcIssueRepository(connection);
    this.frontier = new JdbcFrontierRepository(connection);
    this.pages = new JdbcPageRepository(connection);
    this.fetchLog = new JdbcFetchLogRepository(connection);
    this.decisions = new JdbcDecisionRepository(connection);
    this.users = new JdbcUserRepository(connection);
    this.judgements = new JdbcJudgementRepository(connection);
    this.models = new JdbcModelRepository(connection);
    this.pickModels = new JdbcPickModelRepository(connection);
    this.alerts = new JdbcAlertRepository(connection);
    this.deliveries = new JdbcDeliveryRepository(connection);
    this.frontierLeases = new JdbcFrontierLeases(connection);
    this.workers = new JdbcWorkerRepository(connection);
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

  /** The articles waiting for analysis. */
  public AnalysisQueue analysisQueue() {
    return analysisQueue;
  }

  /** The stored judgements and reprint clusters. */
  public JudgementRepository judgements() {
    return judgements;
  }

  /** The relevance model's versions. */
  public ModelRepository models() {
    return models;
  }

  /** The pick model's versions. */
  public PickModelRepository pickModels() {
    return pickModels;
  }

  /** Watch rules and their alerts. */
  public AlertRepository alerts() {
    return alerts;
  }

  /** The outbox of alert and issue messages, its log, and the series' subscribers. */
  public DeliveryRepository deliveries() {
    return deliveries;
  }

  /** The crawl's URLs leased to workers. */
  public FrontierLeases frontierLeases() {
    return frontierLeases;
  }

  /** The workers sharing the database: their beats, the hosts' slots, the jobs run once. */
  public WorkerRepository workers() {
    return workers;
  }
}
