CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'held' NOT NULL,
	`title` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`place` text DEFAULT '' NOT NULL,
	`country` text,
	`summary` text DEFAULT '' NOT NULL,
	`summary_language` text DEFAULT 'en' NOT NULL,
	`created_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_agreement_date_idx` ON `activities` (`agreement_id`,`starts_on`,`kind`,`status`);--> statement-breakpoint
CREATE INDEX `activities_created_by_idx` ON `activities` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `activity_participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`authority_id` integer,
	`organisation` text,
	`count` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activity_participants_count" CHECK("activity_participants"."count" >= 0)
);
--> statement-breakpoint
CREATE INDEX `activity_participants_activity_idx` ON `activity_participants` (`activity_id`);--> statement-breakpoint
CREATE INDEX `activity_participants_authority_idx` ON `activity_participants` (`authority_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`party_a_id` integer NOT NULL,
	`party_b_id` integer NOT NULL,
	`signed_on` text,
	`supersedes_id` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`title_nb` text NOT NULL,
	`title_lt` text NOT NULL,
	`title_en` text NOT NULL,
	`scope_nb` text DEFAULT '' NOT NULL,
	`scope_lt` text DEFAULT '' NOT NULL,
	`scope_en` text DEFAULT '' NOT NULL,
	`inspection_response_days` integer DEFAULT 10 NOT NULL,
	`exchange_standard_days` integer,
	`exchange_urgent_days` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`party_a_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_b_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supersedes_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "agreements_two_parties" CHECK("agreements"."party_a_id" <> "agreements"."party_b_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_slug_unique` ON `agreements` (`slug`);--> statement-breakpoint
CREATE INDEX `agreements_party_a_idx` ON `agreements` (`party_a_id`);--> statement-breakpoint
CREATE INDEX `agreements_party_b_idx` ON `agreements` (`party_b_id`);--> statement-breakpoint
CREATE INDEX `agreements_supersedes_idx` ON `agreements` (`supersedes_id`);--> statement-breakpoint
CREATE TABLE `authorities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`country` text NOT NULL,
	`kind` text NOT NULL,
	`name_nb` text NOT NULL,
	`name_lt` text NOT NULL,
	`name_en` text NOT NULL,
	`short_name` text NOT NULL,
	`email` text,
	`phone` text,
	`website` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "authorities_country_iso" CHECK(length("authorities"."country") = 2 and "authorities"."country" = upper("authorities"."country"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `authorities_slug_unique` ON `authorities` (`slug`);--> statement-breakpoint
CREATE INDEX `authorities_country_kind_idx` ON `authorities` (`country`,`kind`);--> statement-breakpoint
CREATE TABLE `period_funding_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`source` text NOT NULL,
	`share_basis_points` integer NOT NULL,
	`amount_cents` integer,
	FOREIGN KEY (`period_id`) REFERENCES `project_periods`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "period_funding_share_range" CHECK("period_funding_sources"."share_basis_points" between 0 and 10000)
);
--> statement-breakpoint
CREATE INDEX `period_funding_sources_period_idx` ON `period_funding_sources` (`period_id`);--> statement-breakpoint
CREATE TABLE `period_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`metric` text NOT NULL,
	`target_value` integer NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `project_periods`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `period_targets_period_metric_unique` ON `period_targets` (`period_id`,`metric`);--> statement-breakpoint
CREATE TABLE `project_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name_nb` text NOT NULL,
	`name_lt` text NOT NULL,
	`name_en` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`budget_cents` integer,
	`budget_currency` text DEFAULT 'EUR' NOT NULL,
	`objectives_nb` text DEFAULT '' NOT NULL,
	`objectives_lt` text DEFAULT '' NOT NULL,
	`objectives_en` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "project_periods_dates" CHECK("project_periods"."starts_on" <= "project_periods"."ends_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_periods_agreement_slug_unique` ON `project_periods` (`agreement_id`,`slug`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`user_id` integer,
	`authority_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`ip_address` text,
	`detail` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_user_idx` ON `audit_log` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`created_at`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`case_kind` text,
	`case_ref` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`read_at` text,
	`emailed_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_unread_idx` ON `notifications` (`user_id`,`read_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `rate_limit_hits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bucket` text NOT NULL,
	`key` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limit_hits_bucket_key_idx` ON `rate_limit_hits` (`bucket`,`key`,`created_at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	`ip_address` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `sign_in_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`ip_address` text NOT NULL,
	`succeeded` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_attempts_email_idx` ON `sign_in_attempts` (`email`,`created_at`);--> statement-breakpoint
CREATE INDEX `sign_in_attempts_ip_idx` ON `sign_in_attempts` (`ip_address`,`created_at`);--> statement-breakpoint
CREATE TABLE `user_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`agreement_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_roles_user_idx` ON `user_roles` (`user_id`,`role`);--> statement-breakpoint
CREATE INDEX `user_roles_agreement_idx` ON `user_roles` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`authority_id` integer,
	`password_hash` text,
	`status` text DEFAULT 'active' NOT NULL,
	`preferred_locale` text,
	`password_set_token_hash` text,
	`password_set_expires_at` text,
	`last_sign_in_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_authority_idx` ON `users` (`authority_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_password_set_token_unique` ON `users` (`password_set_token_hash`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`exchange_id` integer,
	`inspection_id` integer,
	`message_id` integer,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`message_id`) REFERENCES `case_messages`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "attachments_size_limit" CHECK("attachments"."size_bytes" between 1 and 10485760)
);
--> statement-breakpoint
CREATE INDEX `attachments_exchange_idx` ON `attachments` (`exchange_id`);--> statement-breakpoint
CREATE INDEX `attachments_inspection_idx` ON `attachments` (`inspection_id`);--> statement-breakpoint
CREATE INDEX `attachments_message_idx` ON `attachments` (`message_id`);--> statement-breakpoint
CREATE INDEX `attachments_uploaded_by_idx` ON `attachments` (`uploaded_by_id`);--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`exchange_id` integer,
	`inspection_id` integer,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_user_id` integer,
	`actor_authority_id` integer,
	`note` text,
	`note_language` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "case_events_one_case" CHECK(("case_events"."exchange_id" is null) <> ("case_events"."inspection_id" is null))
);
--> statement-breakpoint
CREATE INDEX `case_events_exchange_idx` ON `case_events` (`exchange_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `case_events_inspection_idx` ON `case_events` (`inspection_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `case_events_actor_user_idx` ON `case_events` (`actor_user_id`);--> statement-breakpoint
CREATE INDEX `case_events_actor_authority_idx` ON `case_events` (`actor_authority_id`);--> statement-breakpoint
CREATE TABLE `case_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`exchange_id` integer,
	`inspection_id` integer,
	`author_user_id` integer,
	`author_authority_id` integer NOT NULL,
	`body` text NOT NULL,
	`language` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "case_messages_one_case" CHECK(("case_messages"."exchange_id" is null) <> ("case_messages"."inspection_id" is null))
);
--> statement-breakpoint
CREATE INDEX `case_messages_exchange_idx` ON `case_messages` (`exchange_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `case_messages_inspection_idx` ON `case_messages` (`inspection_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `case_messages_author_user_idx` ON `case_messages` (`author_user_id`);--> statement-breakpoint
CREATE INDEX `case_messages_author_authority_idx` ON `case_messages` (`author_authority_id`);--> statement-breakpoint
CREATE TABLE `enterprises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country` text NOT NULL,
	`registration_number` text NOT NULL,
	`name` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_country_regno_unique` ON `enterprises` (`country`,`registration_number`);--> statement-breakpoint
CREATE INDEX `enterprises_name_idx` ON `enterprises` (`name`);--> statement-breakpoint
CREATE TABLE `exchange_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`exchange_id` integer NOT NULL,
	`question_code` text,
	`position` integer NOT NULL,
	`supplementary_text` text,
	`supplementary_language` text,
	`answer_value` text,
	`answer_text` text,
	`answer_language` text,
	`answered_at` text,
	`answered_by_id` integer,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`answered_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_questions_position_unique` ON `exchange_questions` (`exchange_id`,`position`);--> statement-breakpoint
CREATE INDEX `exchange_questions_answered_by_idx` ON `exchange_questions` (`answered_by_id`);--> statement-breakpoint
CREATE TABLE `exchanges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text NOT NULL,
	`agreement_id` integer NOT NULL,
	`requesting_authority_id` integer NOT NULL,
	`requested_authority_id` integer NOT NULL,
	`forwarded_from_authority_id` integer,
	`type` text NOT NULL,
	`urgency` text DEFAULT 'standard' NOT NULL,
	`urgency_reason` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`enterprise_id` integer,
	`posted_workers_count` integer,
	`sent_on` text,
	`sent_at` text,
	`due_on` text,
	`accepted_at` text,
	`answered_at` text,
	`closed_at` text,
	`decline_reason` text,
	`created_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`personal_data_hidden_at` text,
	`anonymised_at` text,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requesting_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`forwarded_from_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "exchanges_workers_non_negative" CHECK("exchanges"."posted_workers_count" is null or "exchanges"."posted_workers_count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchanges_ref_unique` ON `exchanges` (`ref`);--> statement-breakpoint
CREATE INDEX `exchanges_requested_status_due_idx` ON `exchanges` (`requested_authority_id`,`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `exchanges_requesting_status_due_idx` ON `exchanges` (`requesting_authority_id`,`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `exchanges_agreement_sent_idx` ON `exchanges` (`agreement_id`,`sent_on`,`type`,`status`);--> statement-breakpoint
CREATE INDEX `exchanges_enterprise_idx` ON `exchanges` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `exchanges_forwarded_from_idx` ON `exchanges` (`forwarded_from_authority_id`);--> statement-breakpoint
CREATE INDEX `exchanges_created_by_idx` ON `exchanges` (`created_by_id`);--> statement-breakpoint
CREATE INDEX `exchanges_closed_idx` ON `exchanges` (`closed_at`);--> statement-breakpoint
CREATE TABLE `follow_up_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`description` text NOT NULL,
	`owner_authority_id` integer NOT NULL,
	`due_on` text,
	`done_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_actions_inspection_idx` ON `follow_up_actions` (`inspection_id`);--> statement-breakpoint
CREATE INDEX `follow_up_actions_owner_due_idx` ON `follow_up_actions` (`owner_authority_id`,`due_on`);--> statement-breakpoint
CREATE TABLE `inspection_agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`country` text NOT NULL,
	`agency_kind` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_agencies_unique` ON `inspection_agencies` (`inspection_id`,`country`,`agency_kind`);--> statement-breakpoint
CREATE TABLE `inspection_date_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`proposed_by_authority_id` integer NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_date_proposals_inspection_idx` ON `inspection_date_proposals` (`inspection_id`);--> statement-breakpoint
CREATE INDEX `inspection_date_proposals_authority_idx` ON `inspection_date_proposals` (`proposed_by_authority_id`);--> statement-breakpoint
CREATE TABLE `inspection_enterprises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`relation` text DEFAULT 'other' NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_enterprises_unique` ON `inspection_enterprises` (`inspection_id`,`enterprise_id`);--> statement-breakpoint
CREATE INDEX `inspection_enterprises_enterprise_idx` ON `inspection_enterprises` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `inspection_findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`authority_id` integer NOT NULL,
	`findings` text DEFAULT '' NOT NULL,
	`findings_language` text DEFAULT 'en' NOT NULL,
	`documents_inspected` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `inspection_reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_findings_report_idx` ON `inspection_findings` (`report_id`);--> statement-breakpoint
CREATE INDEX `inspection_findings_enterprise_idx` ON `inspection_findings` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `inspection_findings_authority_idx` ON `inspection_findings` (`authority_id`);--> statement-breakpoint
CREATE TABLE `inspection_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`inspection_on` text NOT NULL,
	`meeting_point` text DEFAULT '' NOT NULL,
	`visiting_officials_role` text DEFAULT '' NOT NULL,
	`documents_to_request` text DEFAULT '' NOT NULL,
	`created_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_plans_revision_unique` ON `inspection_plans` (`inspection_id`,`revision`);--> statement-breakpoint
CREATE INDEX `inspection_plans_created_by_idx` ON `inspection_plans` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `inspection_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`report_version` integer NOT NULL,
	`locked_at` text,
	`created_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_reports_version_unique` ON `inspection_reports` (`inspection_id`,`report_version`);--> statement-breakpoint
CREATE INDEX `inspection_reports_created_by_idx` ON `inspection_reports` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `inspection_risk_indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`indicator` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_risk_indicators_unique` ON `inspection_risk_indicators` (`inspection_id`,`indicator`);--> statement-breakpoint
CREATE TABLE `inspection_team_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`authority_id` integer NOT NULL,
	`role` text NOT NULL,
	`name` text,
	FOREIGN KEY (`plan_id`) REFERENCES `inspection_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_team_members_plan_idx` ON `inspection_team_members` (`plan_id`);--> statement-breakpoint
CREATE INDEX `inspection_team_members_authority_idx` ON `inspection_team_members` (`authority_id`);--> statement-breakpoint
CREATE TABLE `inspection_worker_counts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`origin_country` text NOT NULL,
	`count` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `inspection_reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "inspection_worker_counts_non_negative" CHECK("inspection_worker_counts"."count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_worker_counts_unique` ON `inspection_worker_counts` (`report_id`,`enterprise_id`,`origin_country`);--> statement-breakpoint
CREATE INDEX `inspection_worker_counts_enterprise_idx` ON `inspection_worker_counts` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text NOT NULL,
	`agreement_id` integer NOT NULL,
	`requesting_authority_id` integer NOT NULL,
	`partner_authority_id` integer NOT NULL,
	`host_country` text NOT NULL,
	`mode` text DEFAULT 'joint' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`sector` text NOT NULL,
	`site_address` text DEFAULT '' NOT NULL,
	`municipality` text DEFAULT '' NOT NULL,
	`reasons` text DEFAULT '' NOT NULL,
	`proposed_from` text,
	`proposed_to` text,
	`language_needs` text DEFAULT '' NOT NULL,
	`interpreter_needed` integer DEFAULT false NOT NULL,
	`requested_on` text,
	`response_due_on` text,
	`scheduled_on` text,
	`conducted_on` text,
	`report_due_on` text,
	`reported_on` text,
	`closed_at` text,
	`decline_reason` text,
	`created_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`personal_data_hidden_at` text,
	`anonymised_at` text,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requesting_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspections_ref_unique` ON `inspections` (`ref`);--> statement-breakpoint
CREATE INDEX `inspections_partner_status_idx` ON `inspections` (`partner_authority_id`,`status`,`response_due_on`);--> statement-breakpoint
CREATE INDEX `inspections_requesting_status_idx` ON `inspections` (`requesting_authority_id`,`status`,`response_due_on`);--> statement-breakpoint
CREATE INDEX `inspections_agreement_requested_idx` ON `inspections` (`agreement_id`,`requested_on`,`status`);--> statement-breakpoint
CREATE INDEX `inspections_agreement_scheduled_idx` ON `inspections` (`agreement_id`,`scheduled_on`);--> statement-breakpoint
CREATE INDEX `inspections_created_by_idx` ON `inspections` (`created_by_id`);--> statement-breakpoint
CREATE INDEX `inspections_closed_idx` ON `inspections` (`closed_at`);--> statement-breakpoint
CREATE TABLE `penalty_instruments` (
	`exchange_id` integer PRIMARY KEY NOT NULL,
	`addressee_name` text NOT NULL,
	`addressee_address` text NOT NULL,
	`addressee_identifier` text,
	`facts_summary` text NOT NULL,
	`infringement_nature` text NOT NULL,
	`rules_concerned` text NOT NULL,
	`enforceable_instrument` text NOT NULL,
	`requesting_body` text NOT NULL,
	`challenge_body` text NOT NULL,
	`enforceable_on` text,
	`penalty_nature` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`currency` text NOT NULL,
	`notification_dates` text,
	`no_appeal_remains` integer DEFAULT false NOT NULL,
	`underlying_claim` text,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `reference_counters` (
	`agreement_id` integer NOT NULL,
	`prefix` text NOT NULL,
	`year` integer NOT NULL,
	`last_number` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reference_counters_unique` ON `reference_counters` (`agreement_id`,`prefix`,`year`);--> statement-breakpoint
CREATE TABLE `tips` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text NOT NULL,
	`country` text NOT NULL,
	`authority_id` integer NOT NULL,
	`sector` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`employer_name` text DEFAULT '' NOT NULL,
	`description` text NOT NULL,
	`language` text NOT NULL,
	`anonymous` integer DEFAULT true NOT NULL,
	`reporter_name` text,
	`reporter_contact` text,
	`status` text DEFAULT 'new' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`reporter_details_removed_at` text,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tips_ref_unique` ON `tips` (`ref`);--> statement-breakpoint
CREATE INDEX `tips_authority_status_idx` ON `tips` (`authority_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `tips_created_idx` ON `tips` (`created_at`);--> statement-breakpoint
CREATE TABLE `violations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`source` text NOT NULL,
	`exchange_id` integer,
	`inspection_id` integer,
	`activity_id` integer,
	`enterprise_id` integer,
	`recorded_by_authority_id` integer,
	`category` text NOT NULL,
	`legal_reference` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`description_language` text DEFAULT 'en' NOT NULL,
	`found_on` text NOT NULL,
	`sanction` text DEFAULT 'none' NOT NULL,
	`fine_amount_cents` integer,
	`fine_currency` text,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "violations_source_link" CHECK(("violations"."source" = 'joint_inspection' and "violations"."inspection_id" is not null)
        or ("violations"."source" = 'information_exchange' and "violations"."exchange_id" is not null)
        or ("violations"."source" = 'joint_meeting' and "violations"."activity_id" is not null)
        or "violations"."source" = 'other'),
	CONSTRAINT "violations_fine_amount" CHECK("violations"."sanction" <> 'fine' or ("violations"."fine_amount_cents" > 0 and "violations"."fine_currency" is not null))
);
--> statement-breakpoint
CREATE INDEX `violations_agreement_found_idx` ON `violations` (`agreement_id`,`found_on`,`source`,`category`);--> statement-breakpoint
CREATE INDEX `violations_exchange_idx` ON `violations` (`exchange_id`);--> statement-breakpoint
CREATE INDEX `violations_inspection_idx` ON `violations` (`inspection_id`);--> statement-breakpoint
CREATE INDEX `violations_activity_idx` ON `violations` (`activity_id`);--> statement-breakpoint
CREATE INDEX `violations_enterprise_idx` ON `violations` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `violations_recorded_by_idx` ON `violations` (`recorded_by_authority_id`);--> statement-breakpoint
CREATE INDEX `violations_created_by_idx` ON `violations` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `rights_topic_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`topic_id` integer NOT NULL,
	`locale` text NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`body_markdown` text NOT NULL,
	`sources_markdown` text DEFAULT '' NOT NULL,
	`reviewed_on` text NOT NULL,
	`created_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`published_at` text,
	FOREIGN KEY (`topic_id`) REFERENCES `rights_topics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rights_topic_versions_locale" CHECK("rights_topic_versions"."locale" in ('nb', 'lt', 'en'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rights_topic_versions_unique` ON `rights_topic_versions` (`topic_id`,`locale`,`version`);--> statement-breakpoint
CREATE INDEX `rights_topic_versions_status_idx` ON `rights_topic_versions` (`topic_id`,`locale`,`status`);--> statement-breakpoint
CREATE INDEX `rights_topic_versions_created_by_idx` ON `rights_topic_versions` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `rights_topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`slug` text NOT NULL,
	`audience` text NOT NULL,
	`kind` text DEFAULT 'topic' NOT NULL,
	`sector` text,
	`position` integer DEFAULT 0 NOT NULL,
	`related` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rights_topics_direction_slug_unique` ON `rights_topics` (`direction`,`slug`);--> statement-breakpoint
CREATE INDEX `rights_topics_direction_audience_idx` ON `rights_topics` (`direction`,`audience`,`position`);