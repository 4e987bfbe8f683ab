-- A published issue never changes (issue 18): each item of a published issue keeps its own title,
-- outlet, date and text, taken at publication, and no longer follows its article's revisions.
-- Items published before this migration are frozen here with their articles' text as it is now.
ALTER TABLE issue_item ADD COLUMN frozen BOOLEAN DEFAULT FALSE NOT NULL;

INSERT INTO issue_item_block (issue_id, pos, ord, block_kind, body_text)
SELECT t.issue_id, t.pos, b.ord, b.block_kind, b.body_text
FROM issue_item t
JOIN issue i ON i.id = t.issue_id
JOIN article_block b ON b.article_id = t.article_id
WHERE i.status = 'PUBLISHED' AND t.body_edited = FALSE;

UPDATE issue_item SET
  title = COALESCE(title, (SELECT a.title FROM article a WHERE a.id = issue_item.article_id)),
  outlet = COALESCE(outlet, (SELECT a.outlet FROM article a WHERE a.id = issue_item.article_id)),
  published_date = COALESCE(published_date,
    (SELECT CAST(a.published_at AS DATE) FROM article a WHERE a.id = issue_item.article_id)),
  body_edited = TRUE,
  frozen = TRUE
WHERE issue_id IN (SELECT id FROM issue WHERE status = 'PUBLISHED');

-- The first admin's password (generated and printed, or from the environment) must be changed at
-- the first login.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
