CREATE TABLE `legal_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`country` text NOT NULL,
	`topic` text NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`currency` text,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`source` text NOT NULL,
	`checked_on` text NOT NULL,
	`checked_by` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`seed_hash` text,
	`edited_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legal_figures_key_valid_from_unique` ON `legal_figures` (`key`,`valid_from`);--> statement-breakpoint
CREATE INDEX `legal_figures_checked_on_idx` ON `legal_figures` (`checked_on`);--> statement-breakpoint
ALTER TABLE `rights_topic_versions` ADD `reviewed_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `rights_topic_versions` ADD `content_hash` text;--> statement-breakpoint
CREATE INDEX `rights_topic_versions_reviewed_by_idx` ON `rights_topic_versions` (`reviewed_by_id`);