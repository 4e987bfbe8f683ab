-- Versions of the pick model (issue 19): what editors pick among relevant candidates, a linear
-- score over named features trained on each published issue's items against the other candidates
-- of its period. Retrained with the relevance model: a version is fixed by the fingerprint of the
-- relevance model version, the published items, the features and the series' scopes. The same SQL
-- on H2 and PostgreSQL.
CREATE TABLE pick_model (
  version INT NOT NULL PRIMARY KEY,
  fingerprint CHAR(64) NOT NULL,
  relevance_version INT NOT NULL,
  picks INT NOT NULL,
  periods INT NOT NULL,
  -- feature=weight pairs, one a line (relevance=0.45)
  weights VARCHAR(2000) NOT NULL,
  -- the picks' topic profile: topic-id=value pairs, one a line
  topics VARCHAR(4000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
