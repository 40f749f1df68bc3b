// Debian's Chromium driven by playwright-core (Playwright cannot download its own browsers here), with axe.
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Background networking flags: this machine has no network, and Chromium otherwise keeps trying.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The browser's own note on a 4xx answer (a validation error, a 404 page): expected, not a script problem. */
const CLIENT_ERROR_STATUS = /Failed to load resource: the server responded with a status of 4\d\d/;

/** Collects console errors and warnings (hydration mismatches, CSP refusals, 5xx) and page errors. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    if (CLIENT_ERROR_STATUS.test(message.text())) return;
    // A data request the router cancelled because a newer navigation superseded it (seen on slow, loaded machines):
    // the browser reports the abort, the page itself is fine.
    if (message.text() === "AbortError: signal is aborted without reason") return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Opens a page and waits until React has hydrated it (Remix marks the router ready on window). */
export async function openHydrated(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true);
  return response;
}

export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

export async function newContext(browser: Browser, options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, locale: options.locale ?? "en-GB" });
}
