-- An enterprise's names as cases named it (db/schema/enterprise-links.ts `enterpriseNames`), filled from the cases
-- already stored with the name the enterprise has now: what was typed on earlier cases was not kept.
CREATE TABLE `enterprise_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`name` text NOT NULL,
	`seen_on` text NOT NULL,
	`exchange_id` integer,
	`inspection_id` integer,
	`violation_id` integer,
	`recorded_by_authority_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "enterprise_names_one_source" CHECK(("enterprise_names"."exchange_id" is not null) + ("enterprise_names"."inspection_id" is not null) + ("enterprise_names"."violation_id" is not null) <= 1)
);
--> statement-breakpoint
CREATE INDEX `enterprise_names_enterprise_idx` ON `enterprise_names` (`enterprise_id`,`seen_on`);--> statement-breakpoint
CREATE INDEX `enterprise_names_exchange_idx` ON `enterprise_names` (`exchange_id`);--> statement-breakpoint
CREATE INDEX `enterprise_names_inspection_idx` ON `enterprise_names` (`inspection_id`);--> statement-breakpoint
CREATE INDEX `enterprise_names_violation_idx` ON `enterprise_names` (`violation_id`);--> statement-breakpoint
CREATE INDEX `enterprise_names_recorded_by_idx` ON `enterprise_names` (`recorded_by_authority_id`);--> statement-breakpoint
INSERT INTO `enterprise_names` (`enterprise_id`, `name`, `seen_on`, `exchange_id`, `recorded_by_authority_id`)
	SELECT x.`enterprise_id`, e.`name`, coalesce(x.`sent_on`, substr(x.`created_at`, 1, 10)), x.`id`, x.`requesting_authority_id`
	FROM `exchanges` x JOIN `enterprises` e ON e.`id` = x.`enterprise_id`;--> statement-breakpoint
INSERT INTO `enterprise_names` (`enterprise_id`, `name`, `seen_on`, `inspection_id`, `recorded_by_authority_id`)
	SELECT ie.`enterprise_id`, e.`name`, coalesce(i.`requested_on`, substr(i.`created_at`, 1, 10)), i.`id`, i.`requesting_authority_id`
	FROM `inspection_enterprises` ie JOIN `inspections` i ON i.`id` = ie.`inspection_id` JOIN `enterprises` e ON e.`id` = ie.`enterprise_id`;--> statement-breakpoint
INSERT INTO `enterprise_names` (`enterprise_id`, `name`, `seen_on`, `violation_id`, `recorded_by_authority_id`)
	SELECT v.`enterprise_id`, e.`name`, v.`found_on`, v.`id`, v.`recorded_by_authority_id`
	FROM `violations` v JOIN `enterprises` e ON e.`id` = v.`enterprise_id` WHERE v.`recorded_by_authority_id` IS NOT NULL;
