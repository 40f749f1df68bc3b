import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { i18nFor } from "~/.server/i18n";
import { logger } from "~/.server/logger";
import { FALLBACK_LOCALE, localeOfPath } from "~/lib/i18n";
import { NonceProvider } from "~/lib/nonce";
import { stripNulBytes } from "~/.server/strip-nul-bytes";

// Registers the exchange-event listener at start (the server imports the daily jobs from their modules).
import "~/.server/notifications";

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const locale = localeOfPath(new URL(request.url).pathname) ?? FALLBACK_LOCALE;
  const nonce = loadContext.cspNonce ?? "";
  // Crawlers and no-JS readers get the whole document at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18nFor(locale)}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = stripNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          // Nothing is stored by browsers or proxies unless a route says otherwise (the public page cache does).
          if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "no-store");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged here; before it, Remix's handleError logs them.
          if (shellRendered) logger.error("render failed", { requestId: loadContext.requestId, error });
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1_000);
  });
}

/** Data requests of client-side navigations: never stored either, unless the route says so. */
export function handleDataRequest(response: Response) {
  if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
  return response;
}

export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  logger.error("request failed", { requestId: context.requestId, url: new URL(request.url).pathname, error });
};
