-- The crawler's frontier: every URL it knows, canonical, with its state and when it is due.
CREATE TABLE frontier (
  url VARCHAR(2048) NOT NULL PRIMARY KEY,
  source_id VARCHAR(64) NOT NULL,
  url_kind VARCHAR(16) NOT NULL,
  state VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  last_error VARCHAR(1000),
  next_due TIMESTAMP WITH TIME ZONE NOT NULL,
  discovered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  fetched_at TIMESTAMP WITH TIME ZONE,
  etag VARCHAR(300),
  last_modified VARCHAR(100)
);

CREATE INDEX frontier_due ON frontier (state, next_due);
