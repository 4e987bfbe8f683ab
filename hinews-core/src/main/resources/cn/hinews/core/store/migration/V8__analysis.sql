-- The analysis stage: each article is judged once when it is stored (per revision and relevance
-- model version), and every reader (候选, 统计, the article page, the API, search, alerts) reads the
-- stored judgement instead of analysing again.

-- Versions of the relevance model. A version is fixed by what trained it: the fingerprint of the
-- taxonomy and of the ids of the positives (published items) and negatives (rejections).
CREATE TABLE relevance_model (
  version INT NOT NULL PRIMARY KEY,
  fingerprint CHAR(64) NOT NULL,
  positives INT NOT NULL,
  negatives INT NOT NULL,
  trained BOOLEAN NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The work queue: one row per article waiting for its analysis. Written in the transaction that
-- stores or revises the article, deleted in the one that stores the judgement; a worker leases rows
-- until lease_until (a worker killed mid-batch returns its rows when the lease runs out).
CREATE TABLE analysis_queue (
  article_id BIGINT NOT NULL PRIMARY KEY,
  revision INT NOT NULL,
  reason VARCHAR(16) NOT NULL,
  priority INT NOT NULL,
  enqueued_at TIMESTAMP WITH TIME ZONE NOT NULL,
  lease_until TIMESTAMP WITH TIME ZONE,
  leased_by VARCHAR(100),
  attempts INT DEFAULT 0 NOT NULL,
  last_error VARCHAR(1000),
  CONSTRAINT analysis_queue_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX analysis_queue_due ON analysis_queue (priority, enqueued_at);

-- The stored judgement of an article: the columns readers filter, sort and count by, and the whole
-- analysis (topics with terms, entities, keywords, sentiment with phrases and events) as JSON.
CREATE TABLE article_analysis (
  article_id BIGINT NOT NULL PRIMARY KEY,
  revision INT NOT NULL,
  model_version INT NOT NULL,
  relevance DOUBLE PRECISION NOT NULL,
  health DOUBLE PRECISION NOT NULL,
  coverage DOUBLE PRECISION NOT NULL,
  authority DOUBLE PRECISION NOT NULL,
  top_topic VARCHAR(64) NOT NULL,
  polarity VARCHAR(16) NOT NULL,
  source_kind VARCHAR(16) NOT NULL,
  outlet VARCHAR(200) NOT NULL,
  published_day DATE,
  published_at TIMESTAMP,
  signature BYTEA,
  cluster_id BIGINT NOT NULL,
  document VARCHAR(200000) NOT NULL,
  analysed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT article_analysis_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX article_analysis_day ON article_analysis (published_day, relevance);
CREATE INDEX article_analysis_day_topic ON article_analysis (published_day, top_topic, polarity, source_kind);
CREATE INDEX article_analysis_cluster ON article_analysis (cluster_id);
CREATE INDEX article_analysis_time ON article_analysis (analysed_at);

-- Each write of a judgement: at most one per article, revision and model version.
CREATE TABLE analysis_run (
  article_id BIGINT NOT NULL,
  revision INT NOT NULL,
  model_version INT NOT NULL,
  analysed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (article_id, revision, model_version),
  CONSTRAINT analysis_run_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);

-- Reprint clusters, kept incrementally: a new article finds its cluster through the LSH bands of
-- its MinHash signature; the original is the earliest member, then the most authoritative.
CREATE TABLE reprint_cluster (
  cluster_id BIGINT NOT NULL PRIMARY KEY,
  original_id BIGINT NOT NULL,
  members INT NOT NULL
);
CREATE INDEX reprint_cluster_original ON reprint_cluster (original_id);

CREATE TABLE article_band (
  band_key BIGINT NOT NULL,
  article_id BIGINT NOT NULL,
  PRIMARY KEY (band_key, article_id),
  CONSTRAINT article_band_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX article_band_article_id ON article_band (article_id);

-- Topics and terms of the judgement, for filters and counts in SQL.
CREATE TABLE article_topic (
  article_id BIGINT NOT NULL,
  topic_id VARCHAR(64) NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (article_id, topic_id),
  CONSTRAINT article_topic_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX article_topic_topic ON article_topic (topic_id);

-- the day and relevance are copied from the judgement, so that a period's counts read one table
CREATE TABLE article_term (
  article_id BIGINT NOT NULL,
  term_kind VARCHAR(16) NOT NULL,
  term VARCHAR(300) NOT NULL,
  published_day DATE,
  relevance DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (article_id, term_kind, term),
  CONSTRAINT article_term_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX article_term_day ON article_term (term_kind, published_day, term, relevance);

-- One row to lock while reprint clusters change, so that two workers never split one story.
CREATE TABLE analysis_lock (
  id INT NOT NULL PRIMARY KEY
);
INSERT INTO analysis_lock (id) VALUES (1);

-- Every article stored before this version waits for its first analysis.
INSERT INTO analysis_queue (article_id, revision, reason, priority, enqueued_at)
  SELECT id, revision, 'STORED', 0, created_at FROM article;
