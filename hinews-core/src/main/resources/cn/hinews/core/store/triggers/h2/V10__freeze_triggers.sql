-- The database itself refuses to change what is published (issue 18): UPDATE and DELETE of a
-- published issue, of its items and their text, and of the audit log; an article's URL (an item's
-- link) never changes either. H2 runs triggers as Java: cn.hinews.core.store.FrozenRows.
CREATE TRIGGER issue_frozen_update BEFORE UPDATE ON issue FOR EACH ROW CALL 'cn.hinews.core.store.FrozenRows';
CREATE TRIGGER issue_frozen_delete BEFORE DELETE ON issue FOR EACH ROW CALL 'cn.hinews.core.store.FrozenRows';
CREATE TRIGGER issue_item_frozen_update BEFORE UPDATE ON issue_item FOR EACH ROW CALL 'cn.hinews.core.store.FrozenRows';
CREATE TRIGGER issue_item_frozen_delete BEFORE DELETE ON issue_item FOR EACH ROW CALL 'cn.hinews.core.store.FrozenRows';
CREATE TRIGGER issue_item_block_frozen_update BEFORE UPDATE ON issue_item_block FOR EACH ROW CALL 'cn.hinews.core.store.FrozenRows';
CREATE TRIGGER issue_item_block_frozen_delete BEFORE DELETE ON issue_item_block FOR EACH ROW CALL 'cn.hinews.core.store.FrozenRows';
CREATE TRIGGER audit_log_frozen_update BEFORE UPDATE ON audit_log FOR EACH ROW CALL 'cn.hinews.core.store.FrozenRows';
CREATE TRIGGER audit_log_frozen_delete BEFORE DELETE ON audit_log FOR EACH ROW CALL 'cn.hinews.core.store.FrozenRows';
CREATE TRIGGER article_url_frozen BEFORE UPDATE ON article FOR EACH ROW CALL 'cn.hinews.core.store.FrozenRows';
