-- Finding an enterprise by any of its names (/enterprises?q= and the enterprise lookups of app/.server/enterprise-access.ts):
-- a trigram index over the stored names and over the names cases gave (enterprise_names, migration 0012), so a
-- part of a name is looked up in the index instead of reading every name. Trigrams match any part of at least three
-- characters; case and Lithuanian and Norwegian diacritics do not matter („Ąžuolas“ is found by "azuol").
-- Both tables index their content table's rows in place (external content) and are kept in step by the triggers
-- below, whoever writes (cases, retention's deletes, cascades). docs/decisions/0094-search-by-earlier-name.md.
CREATE VIRTUAL TABLE `enterprise_stored_name_search` USING fts5(
	`name`, content = 'enterprises', content_rowid = 'id', tokenize = 'trigram remove_diacritics 1'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `enterprise_name_search` USING fts5(
	`name`, content = 'enterprise_names', content_rowid = 'id', tokenize = 'trigram remove_diacritics 1'
);
--> statement-breakpoint
-- A name row that retention deletes (a sole trader's name is a person's) leaves no trace in the index either:
-- secure-delete removes its trigrams at once instead of marking them deleted until the next merge.
INSERT INTO `enterprise_name_search` (`enterprise_name_search`, `rank`) VALUES ('secure-delete', 1);--> statement-breakpoint
INSERT INTO `enterprise_stored_name_search` (`enterprise_stored_name_search`) VALUES ('rebuild');--> statement-breakpoint
INSERT INTO `enterprise_name_search` (`enterprise_name_search`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `enterprises_name_search_insert` AFTER INSERT ON `enterprises`
BEGIN
	INSERT INTO `enterprise_stored_name_search` (`rowid`, `name`) VALUES (new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprises_name_search_delete` AFTER DELETE ON `enterprises`
BEGIN
	INSERT INTO `enterprise_stored_name_search` (`enterprise_stored_name_search`, `rowid`, `name`) VALUES ('delete', old.`id`, old.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprises_name_search_update` AFTER UPDATE OF `name` ON `enterprises`
BEGIN
	INSERT INTO `enterprise_stored_name_search` (`enterprise_stored_name_search`, `rowid`, `name`) VALUES ('delete', old.`id`, old.`name`);
	INSERT INTO `enterprise_stored_name_search` (`rowid`, `name`) VALUES (new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_names_search_insert` AFTER INSERT ON `enterprise_names`
BEGIN
	INSERT INTO `enterprise_name_search` (`rowid`, `name`) VALUES (new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_names_search_delete` AFTER DELETE ON `enterprise_names`
BEGIN
	INSERT INTO `enterprise_name_search` (`enterprise_name_search`, `rowid`, `name`) VALUES ('delete', old.`id`, old.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprise_names_search_update` AFTER UPDATE OF `name` ON `enterprise_names`
BEGIN
	INSERT INTO `enterprise_name_search` (`enterprise_name_search`, `rowid`, `name`) VALUES ('delete', old.`id`, old.`name`);
	INSERT INTO `enterprise_name_search` (`rowid`, `name`) VALUES (new.`id`, new.`name`);
END;
