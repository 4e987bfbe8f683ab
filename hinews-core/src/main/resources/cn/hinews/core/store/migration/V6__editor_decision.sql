-- Editors' decisions on candidate articles: a rejection is a negative example for the relevance model
-- (the archive's items are the positives). One decision per article and series; a later one replaces it.
CREATE TABLE editor_decision (
  article_id BIGINT NOT NULL,
  series_id VARCHAR(64) NOT NULL,
  decision VARCHAR(16) NOT NULL,
  decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (article_id, series_id),
  CONSTRAINT editor_decision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
