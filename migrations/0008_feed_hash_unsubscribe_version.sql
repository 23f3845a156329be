ALTER TABLE `households` ADD `feed_version` integer;--> statement-breakpoint
ALTER TABLE `households` ADD `unsubscribe_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Feed links were stored raw; now only a hash is. SQLite can't hash, so each family's feed link is
-- made anew the next time Settings (or GET /api/households) is opened: subscribe again once.
UPDATE `households` SET `feed_token` = NULL;
