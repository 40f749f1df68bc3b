// Structured JSON logs, one line per event, to stdout (info) and stderr (warn, error).
type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

function serialiseError(error: unknown): unknown {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return error;
}

function write(level: Level, msg: string, fields: Fields = {}) {
  if (level === "debug" && process.env.LOG_LEVEL !== "debug") return;
  const entry: Fields = { time: new Date().toISOString(), level, msg };
  for (const [key, value] of Object.entries(fields)) entry[key] = key === "error" ? serialiseError(value) : value;
  const line = JSON.stringify(entry) + "\n";
  (level === "warn" || level === "error" ? process.stderr : process.stdout).write(line);
}

export const logger = {
  debug: (msg: string, fields?: Fields) => write("debug", msg, fields),
  info: (msg: string, fields?: Fields) => write("info", msg, fields),
  warn: (msg: string, fields?: Fields) => write("warn", msg, fields),
  error: (msg: string, fields?: Fields) => write("error", msg, fields),
};
