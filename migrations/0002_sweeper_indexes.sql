CREATE INDEX `assets_status` ON `assets` (`status`);--> statement-breakpoint
CREATE INDEX `stories_unnotified` ON `stories` (`notify`,`notified_at`);