-- Each tender counts its OCDS releases itself, so two changes in the same instant cannot take
-- the same release number (counting the stored releases could).
ALTER TABLE tenders ADD COLUMN release_seq BIGINT NOT NULL DEFAULT 0;
UPDATE tenders SET release_seq = (SELECT COUNT(*) FROM tender_releases r WHERE r.tender_id = tenders.id);

-- A draft that was cancelled used to become public; a tender that was never published is a
-- draft again (its buyer sees it, and may now delete it).
UPDATE tenders SET status = 'draft' WHERE status = 'cancelled' AND published_at IS NULL;
