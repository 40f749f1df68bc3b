// A counter that moves on every write to the case records, so caches of figures derived from them (outcome
// dashboards, home page figures) are rebuilt after any change and can never show stale counts.
// Writes are all audited, so the audit module moves it: no write path can forget to.
declare global {
  var __portalRecordsGeneration: number | undefined;
}

export function recordsGeneration(): number {
  return globalThis.__portalRecordsGeneration ?? 0;
}

export function bumpRecordsGeneration(): void {
  globalThis.__portalRecordsGeneration = recordsGeneration() + 1;
}

/** Audit actions that only read: they leave derived figures as they are. */
export function isReadOnlyAction(action: string): boolean {
  return /\.(viewed|downloaded)$/.test(action) || action.startsWith("sign_in") || action === "sign_out";
}
