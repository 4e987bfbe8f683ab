-- Many workers on one database (issue 16): the crawl's URLs are leased like the analysis queue's
-- rows (claimed with FOR UPDATE SKIP LOCKED, given up at lease_until when the worker died), a
-- host's next polite time is claimed here so that two workers never hit one host closer than its
-- delay, workers say they are alive, and the jobs that must run once (the automatic drafts, the
-- alert rounds and their digests) are held by one node at a time. The same SQL on H2 and
-- PostgreSQL.
ALTER TABLE frontier ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE frontier ADD COLUMN leased_by VARCHAR(100);
CREATE INDEX frontier_lease ON frontier (leased_by);

-- the earliest start of the next request to a host (host[:port]), in the database's time
CREATE TABLE host_slot (
  host VARCHAR(300) NOT NULL PRIMARY KEY,
  next_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- one row per worker process (host:pid); beat_at is renewed every few seconds
CREATE TABLE worker (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  host VARCHAR(200) NOT NULL,
  pid BIGINT NOT NULL,
  roles VARCHAR(100) NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  beat_at TIMESTAMP WITH TIME ZONE NOT NULL,
  stopped_at TIMESTAMP WITH TIME ZONE,
  fetches BIGINT NOT NULL,
  analysed BIGINT NOT NULL
);

-- a job only one node runs at a time: held until until_at, renewed by its holder
CREATE TABLE job_lease (
  job VARCHAR(100) NOT NULL PRIMARY KEY,
  holder VARCHAR(100) NOT NULL,
  until_at TIMESTAMP WITH TIME ZONE NOT NULL
);
