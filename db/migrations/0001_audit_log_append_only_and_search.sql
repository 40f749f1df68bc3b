-- The audit log is append-only: SQLite itself refuses changes, whoever asks.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- Full-text index of published rights content, one row per topic and locale.
-- unicode61 with remove_diacritics 2 matches "darbo laikas" and "HMS-kort" whatever the reader types;
-- '-' is kept inside tokens so "HMS-kort" and "D-nummer" stay whole words.
CREATE VIRTUAL TABLE `rights_search` USING fts5(
  `title`, `summary`, `body`,
  `topic_id` UNINDEXED, `locale` UNINDEXED, `direction` UNINDEXED, `slug` UNINDEXED,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '-'"
);
--> statement-breakpoint
-- A role is held once per user and agreement; a null agreement (not agreement-scoped) counts as one value.
CREATE UNIQUE INDEX `user_roles_unique` ON `user_roles` (`user_id`, `role`, coalesce(`agreement_id`, 0));
