-- The database itself refuses to change what is published (issue 18): UPDATE and DELETE of a
-- published issue, of its items and their text, and of the audit log; an article's URL (an item's
-- link) never changes either. The same rules as H2's cn.hinews.core.store.FrozenRows.
CREATE FUNCTION hinews_frozen_issue() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'PUBLISHED' THEN
    RAISE EXCEPTION 'issue % is published and never changes', OLD.id;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION hinews_frozen_item() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM issue WHERE id = OLD.issue_id AND status = 'PUBLISHED') THEN
    RAISE EXCEPTION 'the items of published issue % never change', OLD.issue_id;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION hinews_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION hinews_frozen_url() RETURNS trigger AS $$
BEGIN
  IF NEW.url <> OLD.url THEN
    RAISE EXCEPTION 'the URL of article % never changes', OLD.id;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER issue_frozen BEFORE UPDATE OR DELETE ON issue
  FOR EACH ROW EXECUTE FUNCTION hinews_frozen_issue();
CREATE TRIGGER issue_item_frozen BEFORE UPDATE OR DELETE ON issue_item
  FOR EACH ROW EXECUTE FUNCTION hinews_frozen_item();
CREATE TRIGGER issue_item_block_frozen BEFORE UPDATE OR DELETE ON issue_item_block
  FOR EACH ROW EXECUTE FUNCTION hinews_frozen_item();
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION hinews_append_only();
CREATE TRIGGER article_url_frozen BEFORE UPDATE ON article
  FOR EACH ROW EXECUTE FUNCTION hinews_frozen_url();
