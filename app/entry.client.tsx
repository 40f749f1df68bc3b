import { RemixBrowser } from "@remix-run/react";
import i18next, { type BackendModule } from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { FALLBACK_LOCALE, i18nOptions, isLocale, NAMESPACES } from "~/lib/i18n";

// Each locale file is its own hashed, cacheable chunk; only the reader's language is fetched.
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>("../locales/*/*.json");

const bundledBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const load = localeFiles[`../locales/${language}/${namespace}.json`];
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, null),
    );
  },
};

async function hydrate() {
  const lang = document.documentElement.lang;
  const lng = isLocale(lang) ? lang : FALLBACK_LOCALE;
  await i18next
    .use(initReactI18next)
    .use(bundledBackend)
    .init({
      ...i18nOptions,
      lng,
      ns: [...NAMESPACES],
      // The three locales have identical keys (a test enforces it), so no fallback language is downloaded.
      fallbackLng: false,
      load: "currentOnly",
      react: { useSuspense: false },
    });

  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
