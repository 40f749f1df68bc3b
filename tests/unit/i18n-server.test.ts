// The server's translations: plain keys are remembered per language (decision 0080), everything that varies by
// its options is translated afresh, and each language keeps its own texts.
import { describe, expect, it } from "vitest";
import { getFixedT, i18nFor } from "~/.server/i18n";
import nb from "../../locales/nb/common.json";
import lt from "../../locales/lt/common.json";
import en from "../../locales/en/common.json";

describe("server translations", () => {
  it("gives each language its own text for a plain key, the same on every call", () => {
    for (const [locale, resources] of [["nb", nb], ["lt", lt], ["en", en]] as const) {
      const t = getFixedT(locale);
      expect(t("app.name")).toBe(resources.app.name);
      expect(t("app.name")).toBe(resources.app.name);
      expect(i18nFor(locale).getFixedT(locale)("app.name")).toBe(resources.app.name);
      expect(i18nFor(locale).t("app.name")).toBe(resources.app.name);
      // As useTranslation asks (no language given: the instance's own).
      expect(i18nFor(locale).getFixedT(null as unknown as string, "common")("app.name")).toBe(resources.app.name);
    }
    expect(getFixedT("nb")("app.name")).not.toBe(getFixedT("en")("app.name"));
  });

  it("translates keys with a count or values afresh every time", () => {
    const t = getFixedT("en");
    expect(t("inbox.awaiting", { count: 1 })).toBe("1 waiting for your reply");
    expect(t("inbox.awaiting", { count: 7 })).toBe("7 waiting for your reply");
    const lithuanian = getFixedT("lt");
    expect(lithuanian("inbox.awaiting", { count: 1 })).toContain("1");
    expect(lithuanian("inbox.awaiting", { count: 12 })).toContain("12");
  });
});
