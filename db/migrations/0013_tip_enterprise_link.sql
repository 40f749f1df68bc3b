-- Tips from the public linked to the enterprise they are about (issue 17): the registration number the reporter
-- may give, and the enterprise a contact point (or the exact number) linked. The link holds no personal data, so
-- it outlives the erasure of the reporter's details. See docs/decisions/0087.
ALTER TABLE `tips` ADD `employer_number` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `tips` ADD `enterprise_id` integer REFERENCES `enterprises`(`id`);--> statement-breakpoint
CREATE INDEX `tips_enterprise_idx` ON `tips` (`enterprise_id`,`authority_id`,`created_at`);
