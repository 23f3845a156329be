ALTER TABLE `households` ADD `nightly_email` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `households` ADD `feed_token` text;--> statement-breakpoint
CREATE UNIQUE INDEX `households_feed_token` ON `households` (`feed_token`);