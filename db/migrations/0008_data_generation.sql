-- One number that moves with every write to the data pages are derived from, whichever process writes it (the
-- server's workers, the CLI, sqlite3). Caches of derived figures and pages compare it before answering. The
-- triggers that bump it are (re)installed on every table after migrating: db/data-generation.ts.
CREATE TABLE `data_generation` (
  `id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
  `value` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `data_generation` (`id`, `value`) VALUES (1, 0);
