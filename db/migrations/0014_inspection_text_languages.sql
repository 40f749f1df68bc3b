-- The language each free text of a joint inspection was written in, so pages can mark it (`lang` and a small
-- label) for a reader of the other country. Nullable: for texts written before this, the language is not known
-- and nothing is guessed.
ALTER TABLE `inspections` ADD `text_language` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `decline_reason_language` text;--> statement-breakpoint
ALTER TABLE `inspection_date_proposals` ADD `note_language` text;--> statement-breakpoint
ALTER TABLE `inspection_plans` ADD `text_language` text;--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `description_language` text;
