-- An item may show another publish date than its stored article (an issue that printed the date
-- when the article stored before had none, or another one).
ALTER TABLE issue_item ADD COLUMN published_date DATE;
