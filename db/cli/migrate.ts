// npm run db:migrate — applies pending migrations to DATABASE_PATH.
import { databasePathFromEnv, openDatabase } from "../connection";
import { applyMigrations } from "../migrate";

const path = databasePathFromEnv();
const { sqlite, db } = openDatabase(path);
applyMigrations(db);
sqlite.close();
console.log(JSON.stringify({ level: "info", msg: "migrations applied", database: path }));
