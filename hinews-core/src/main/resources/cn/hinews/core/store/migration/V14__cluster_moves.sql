-- When an article last changed reprint cluster because clusters merged (a new article bridged two
-- stories): the search index keeps each judgement's cluster to count stories as aggregations (the
-- spike baselines), so its catch-up writes the moved articles again, as it does the re-analysed.
ALTER TABLE article_analysis ADD COLUMN clustered_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX article_analysis_clustered ON article_analysis (clustered_at);
