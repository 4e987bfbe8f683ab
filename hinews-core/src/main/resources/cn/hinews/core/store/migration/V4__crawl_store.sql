-- What the crawler stores beside the articles: the raw pages (gzip, for re-extraction), earlier
-- revisions of articles that changed, and which source an article came from.

ALTER TABLE article ADD COLUMN source_id VARCHAR(64);
ALTER TABLE article ADD COLUMN revision INT DEFAULT 1 NOT NULL;
ALTER TABLE article ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX article_source ON article (source_id, created_at);

-- the text an article had before a later fetch changed it
CREATE TABLE article_revision (
  article_id BIGINT NOT NULL,
  revision INT NOT NULL,
  title VARCHAR(1000) NOT NULL,
  content_hash CHAR(64) NOT NULL,
  body_gz BYTEA NOT NULL,
  fetched_at TIMESTAMP WITH TIME ZONE,
  replaced_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (article_id, revision),
  CONSTRAINT article_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);

-- the last copy of every fetched article page, as it came (gzip)
CREATE TABLE raw_page (
  url VARCHAR(2048) NOT NULL PRIMARY KEY,
  source_id VARCHAR(64) NOT NULL,
  final_url VARCHAR(2048) NOT NULL,
  fetched_at TIMESTAMP WITH TIME ZONE NOT NULL,
  content_type VARCHAR(300),
  body_bytes INT NOT NULL,
  body_gz BYTEA NOT NULL
);

-- the discoverer of entry points found on the way (the sitemaps of an index or of robots.txt)
ALTER TABLE frontier ADD COLUMN entry_type VARCHAR(16);
CREATE INDEX frontier_source ON frontier (source_id, url_kind);
