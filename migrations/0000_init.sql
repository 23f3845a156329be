CREATE TABLE `assets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`story_id` text NOT NULL,
	`kind` text NOT NULL,
	`idx` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`r2_key` text,
	`content_type` text,
	`marks_key` text,
	`provider` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`error` text,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assets_story_kind_index` ON `assets` (`story_id`,`kind`,`idx`);--> statement-breakpoint
CREATE TABLE `characters` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`name` text NOT NULL,
	`looks` text NOT NULL,
	`personality` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `characters_household` ON `characters` (`household_id`);--> statement-breakpoint
CREATE TABLE `dead_letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`story_id` text,
	`body` text NOT NULL,
	`error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`replayed_at` integer
);
--> statement-breakpoint
CREATE INDEX `dead_letters_story` ON `dead_letters` (`story_id`);--> statement-breakpoint
CREATE TABLE `households` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`timezone` text NOT NULL,
	`bedtime` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`child_age` integer DEFAULT 5 NOT NULL,
	`story_length` text DEFAULT 'short' NOT NULL,
	`rhyming` integer DEFAULT false NOT NULL,
	`illustration_style` text DEFAULT 'watercolor' NOT NULL,
	`voice` text,
	`next_bedtime_at` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `households_next_bedtime_at` ON `households` (`next_bedtime_at`);--> statement-breakpoint
CREATE TABLE `scenes` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`time_of_day` text DEFAULT 'evening' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `scenes_household` ON `scenes` (`household_id`);--> statement-breakpoint
CREATE TABLE `stories` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`kind` text NOT NULL,
	`local_date` text NOT NULL,
	`language` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`input` text DEFAULT '{}' NOT NULL,
	`title` text,
	`scenes` text,
	`moral` text,
	`scene_id` text,
	`character_ids` text,
	`providers` text DEFAULT '{}' NOT NULL,
	`usage` text DEFAULT '{"inputTokens":0,"outputTokens":0,"images":0,"pollyCharacters":0}' NOT NULL,
	`error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`notify` integer DEFAULT false NOT NULL,
	`notified_at` integer,
	`favorite` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`written_at` integer,
	`published_at` integer,
	`ready_at` integer,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stories_one_nightly` ON `stories` (`household_id`,`local_date`) WHERE kind = 'nightly';--> statement-breakpoint
CREATE INDEX `stories_household_created` ON `stories` (`household_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `stories_status` ON `stories` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `stories_expires` ON `stories` (`expires_at`);