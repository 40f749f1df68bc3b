CREATE TABLE `enterprise_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`match_value` text NOT NULL,
	`seen_on` text NOT NULL,
	`exchange_id` integer,
	`inspection_id` integer,
	`recorded_by_authority_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enterprise_contacts_enterprise_idx` ON `enterprise_contacts` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `enterprise_contacts_match_idx` ON `enterprise_contacts` (`kind`,`match_value`,`enterprise_id`);--> statement-breakpoint
CREATE INDEX `enterprise_contacts_exchange_idx` ON `enterprise_contacts` (`exchange_id`);--> statement-breakpoint
CREATE INDEX `enterprise_contacts_inspection_idx` ON `enterprise_contacts` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `enterprise_follows` (
	`user_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprise_follows_unique` ON `enterprise_follows` (`user_id`,`enterprise_id`);--> statement-breakpoint
CREATE INDEX `enterprise_follows_enterprise_idx` ON `enterprise_follows` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `enterprise_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`name` text NOT NULL,
	`birth_date` text,
	`personal_code` text,
	`person_key` text,
	`role` text NOT NULL,
	`from_on` text,
	`to_on` text,
	`exchange_id` integer,
	`inspection_id` integer,
	`recorded_by_authority_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "enterprise_people_dates" CHECK("enterprise_people"."from_on" is null or "enterprise_people"."to_on" is null or "enterprise_people"."from_on" <= "enterprise_people"."to_on")
);
--> statement-breakpoint
CREATE INDEX `enterprise_people_enterprise_idx` ON `enterprise_people` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `enterprise_people_person_key_idx` ON `enterprise_people` (`person_key`,`enterprise_id`);--> statement-breakpoint
CREATE INDEX `enterprise_people_exchange_idx` ON `enterprise_people` (`exchange_id`);--> statement-breakpoint
CREATE INDEX `enterprise_people_inspection_idx` ON `enterprise_people` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `enterprise_successions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`predecessor_id` integer NOT NULL,
	`successor_id` integer NOT NULL,
	`since_on` text,
	`set_by_authority_id` integer NOT NULL,
	`set_by_user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`predecessor_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`successor_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "enterprise_successions_two" CHECK("enterprise_successions"."predecessor_id" <> "enterprise_successions"."successor_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprise_successions_unique` ON `enterprise_successions` (`predecessor_id`,`successor_id`);--> statement-breakpoint
CREATE INDEX `enterprise_successions_successor_idx` ON `enterprise_successions` (`successor_id`);--> statement-breakpoint
CREATE INDEX `enterprise_contacts_recorded_by_idx` ON `enterprise_contacts` (`recorded_by_authority_id`);--> statement-breakpoint
CREATE INDEX `enterprise_people_recorded_by_idx` ON `enterprise_people` (`recorded_by_authority_id`);--> statement-breakpoint
CREATE INDEX `enterprise_successions_set_by_authority_idx` ON `enterprise_successions` (`set_by_authority_id`);--> statement-breakpoint
CREATE INDEX `enterprise_successions_set_by_user_idx` ON `enterprise_successions` (`set_by_user_id`);
