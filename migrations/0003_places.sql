-- "Scenes" (where a story happens) become "places"; a story's scenes are its parts. Renames keep
-- every row: drizzle-kit's rename answer, written by hand because its prompt needs a terminal.
ALTER TABLE `scenes` RENAME TO `places`;--> statement-breakpoint
DROP INDEX IF EXISTS `scenes_household`;--> statement-breakpoint
CREATE INDEX `places_household` ON `places` (`household_id`);--> statement-breakpoint
ALTER TABLE `stories` RENAME COLUMN `scene_id` TO `place_id`;--> statement-breakpoint
-- What a parent asked for is kept as JSON: carry an asked-for scene over as the place.
UPDATE `stories` SET `input` = json_set(json_remove(`input`, '$.sceneId'), '$.placeId', json_extract(`input`, '$.sceneId')) WHERE json_extract(`input`, '$.sceneId') IS NOT NULL;
