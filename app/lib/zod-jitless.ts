// zod 4 compiles object parsers with `new Function` after probing whether eval is allowed; in the browser our
// Content-Security-Policy forbids eval, so the probe itself is reported as a CSP violation on every page that
// validates a form. Imported first by app/root.tsx, whose module runs before any route module in the browser.
// The server keeps the compiled parsers (no CSP applies there).
import { config } from "zod";

if (typeof document !== "undefined") config({ jitless: true });
