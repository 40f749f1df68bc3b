-- The signals list (/enterprises/signals) read from stored rows instead of computed per request: one row per
-- audience and enterprise it knows, with the signals of app/domain/enterprise-signals as that audience sees them.
-- An audience is an authority and whether the viewer may read that authority's tips from the public (with_tips).
-- Rows are computed by app/.server/enterprise-signal-rows.ts (the same rules and queries as the enterprise page);
-- the triggers below only mark the enterprises a write may have changed, whichever process writes, and the next
-- read recomputes those before answering. docs/decisions/0082-stored-enterprise-signals.md.
CREATE TABLE `enterprise_signal_rows` (
	`authority_id` integer NOT NULL,
	`with_tips` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`name` text NOT NULL,
	`country` text NOT NULL,
	`registration_number` text NOT NULL,
	`signal_count` integer NOT NULL,
	`latest_violation` text,
	`signals` text NOT NULL,
	`recompute_on` text,
	PRIMARY KEY (`authority_id`, `with_tips`, `enterprise_id`),
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `enterprise_signal_rows_enterprise_idx` ON `enterprise_signal_rows` (`enterprise_id`);--> statement-breakpoint
-- The list's three orders, over the rows that list something (rows without signals wait only for a date).
CREATE INDEX `enterprise_signal_rows_count_idx` ON `enterprise_signal_rows` (`authority_id`, `with_tips`, `signal_count` DESC, `name`, `enterprise_id`) WHERE `signal_count` > 0;--> statement-breakpoint
CREATE INDEX `enterprise_signal_rows_name_idx` ON `enterprise_signal_rows` (`authority_id`, `with_tips`, `name`, `enterprise_id`) WHERE `signal_count` > 0;--> statement-breakpoint
CREATE INDEX `enterprise_signal_rows_latest_idx` ON `enterprise_signal_rows` (`authority_id`, `with_tips`, `latest_violation` DESC, `name`, `enterprise_id`) WHERE `signal_count` > 0;--> statement-breakpoint
CREATE INDEX `enterprise_signal_rows_recompute_idx` ON `enterprise_signal_rows` (`authority_id`, `with_tips`, `recompute_on`);--> statement-breakpoint
-- Audiences whose rows exist and are kept up to date; `complete` once computed for every enterprise they know.
CREATE TABLE `enterprise_signal_authorities` (
	`authority_id` integer NOT NULL,
	`with_tips` integer NOT NULL,
	`complete` integer DEFAULT 0 NOT NULL,
	`computed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY (`authority_id`, `with_tips`),
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- The enterprise page lists an enterprise's exchanges, violations, people and contact details in date order: each
-- is read in that order from an index (app/.server/enterprises.ts) instead of sorted. Each replaces an index on
-- `enterprise_id` alone, which it still serves.
DROP INDEX `exchanges_enterprise_idx`;--> statement-breakpoint
CREATE INDEX `exchanges_enterprise_date_idx` ON `exchanges` (`enterprise_id`, coalesce(`sent_on`, substr(`created_at`, 1, 10)), `id`);--> statement-breakpoint
DROP INDEX `violations_enterprise_idx`;--> statement-breakpoint
CREATE INDEX `violations_enterprise_found_idx` ON `violations` (`enterprise_id`, `found_on`, `id`);--> statement-breakpoint
DROP INDEX `enterprise_people_enterprise_idx`;--> statement-breakpoint
CREATE INDEX `enterprise_people_enterprise_from_idx` ON `enterprise_people` (`enterprise_id`, coalesce(`from_on`, '') DESC, `id`);--> statement-breakpoint
DROP INDEX `enterprise_contacts_enterprise_idx`;--> statement-breakpoint
CREATE INDEX `enterprise_contacts_enterprise_kind_idx` ON `enterprise_contacts` (`enterprise_id`, `kind`, `seen_on` DESC);--> statement-breakpoint
-- Enterprises whose rows a write may have changed; emptied by the next read that recomputes them.
CREATE TABLE `enterprise_signal_stale` (
	`enterprise_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- Each trigger adds only ids not marked yet (and distinct, by UNION): a statement's own conflict clause (an upsert,
-- INSERT OR REPLACE) overrides a trigger's OR IGNORE, so the insert must never meet a conflict at all.
CREATE TRIGGER `enterprise_signal_stale_exchanges_insert` AFTER INSERT ON `exchanges` WHEN new.`enterprise_id` IS NOT NULL BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_exchanges_update` AFTER UPDATE ON `exchanges` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id UNION SELECT old.`enterprise_id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_exchanges_delete` AFTER DELETE ON `exchanges` WHEN old.`enterprise_id` IS NOT NULL BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT old.`enterprise_id` AS id) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_questions_insert` AFTER INSERT ON `exchange_questions` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT `enterprise_id` AS id FROM `exchanges` WHERE `id` = new.`exchange_id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_questions_update` AFTER UPDATE ON `exchange_questions` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT `enterprise_id` AS id FROM `exchanges` WHERE `id` IN (new.`exchange_id`, old.`exchange_id`)) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_questions_delete` AFTER DELETE ON `exchange_questions` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT `enterprise_id` AS id FROM `exchanges` WHERE `id` = old.`exchange_id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_inspections_update` AFTER UPDATE ON `inspections` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT `enterprise_id` AS id FROM `inspection_enterprises` WHERE `inspection_id` IN (new.`id`, old.`id`)) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_inspections_delete` BEFORE DELETE ON `inspections` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT `enterprise_id` AS id FROM `inspection_enterprises` WHERE `inspection_id` = old.`id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_inspection_enterprises_insert` AFTER INSERT ON `inspection_enterprises` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_inspection_enterprises_update` AFTER UPDATE ON `inspection_enterprises` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id UNION SELECT old.`enterprise_id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_inspection_enterprises_delete` AFTER DELETE ON `inspection_enterprises` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT old.`enterprise_id` AS id) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_violations_insert` AFTER INSERT ON `violations` WHEN new.`enterprise_id` IS NOT NULL BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_violations_update` AFTER UPDATE ON `violations` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id UNION SELECT old.`enterprise_id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_violations_delete` AFTER DELETE ON `violations` WHEN old.`enterprise_id` IS NOT NULL BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT old.`enterprise_id` AS id) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
-- A person or contact detail links its enterprise to every other enterprise sharing it: all of them are marked,
-- also when the row goes (the link it made can no longer be found from either side).
CREATE TRIGGER `enterprise_signal_stale_people_insert` AFTER INSERT ON `enterprise_people` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id UNION SELECT `enterprise_id` FROM `enterprise_people` WHERE `person_key` = new.`person_key`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_people_update` AFTER UPDATE ON `enterprise_people` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id UNION SELECT old.`enterprise_id` UNION SELECT `enterprise_id` FROM `enterprise_people` WHERE `person_key` IN (new.`person_key`, old.`person_key`)) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_people_delete` AFTER DELETE ON `enterprise_people` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT old.`enterprise_id` AS id UNION SELECT `enterprise_id` FROM `enterprise_people` WHERE `person_key` = old.`person_key`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_contacts_insert` AFTER INSERT ON `enterprise_contacts` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id UNION SELECT `enterprise_id` FROM `enterprise_contacts` WHERE `kind` = new.`kind` AND `match_value` = new.`match_value`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_contacts_update` AFTER UPDATE ON `enterprise_contacts` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id UNION SELECT old.`enterprise_id` UNION SELECT `enterprise_id` FROM `enterprise_contacts` WHERE `kind` = new.`kind` AND `match_value` = new.`match_value` UNION SELECT `enterprise_id` FROM `enterprise_contacts` WHERE `kind` = old.`kind` AND `match_value` = old.`match_value`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_contacts_delete` AFTER DELETE ON `enterprise_contacts` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT old.`enterprise_id` AS id UNION SELECT `enterprise_id` FROM `enterprise_contacts` WHERE `kind` = old.`kind` AND `match_value` = old.`match_value`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_successions_insert` AFTER INSERT ON `enterprise_successions` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`predecessor_id` AS id UNION SELECT new.`successor_id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_successions_update` AFTER UPDATE ON `enterprise_successions` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`predecessor_id` AS id UNION SELECT new.`successor_id` UNION SELECT old.`predecessor_id` UNION SELECT old.`successor_id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_successions_delete` AFTER DELETE ON `enterprise_successions` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT old.`predecessor_id` AS id UNION SELECT old.`successor_id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_enterprises_update` AFTER UPDATE ON `enterprises` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`id` AS id) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
-- A violation without a case is visible to the parties of its agreement.
CREATE TRIGGER `enterprise_signal_stale_agreements_parties` AFTER UPDATE OF `party_a_id`, `party_b_id` ON `agreements` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT `enterprise_id` AS id FROM `violations` WHERE `agreement_id` = new.`id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
-- Tips from the public are a signal for those who may read them (migration 0013 links a tip to its enterprise).
CREATE TRIGGER `enterprise_signal_stale_tips_insert` AFTER INSERT ON `tips` WHEN new.`enterprise_id` IS NOT NULL BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_tips_update` AFTER UPDATE OF `enterprise_id`, `authority_id`, `created_at` ON `tips` BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT new.`enterprise_id` AS id UNION SELECT old.`enterprise_id`) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_signal_stale_tips_delete` AFTER DELETE ON `tips` WHEN old.`enterprise_id` IS NOT NULL BEGIN
  INSERT OR IGNORE INTO `enterprise_signal_stale` (`enterprise_id`)
    SELECT c.id FROM (SELECT old.`enterprise_id` AS id) AS c
    WHERE c.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `enterprise_signal_stale` s WHERE s.`enterprise_id` = c.id);
END;
