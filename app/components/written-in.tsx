// Free text keeps the language it was written in: marked with `lang` (screen readers pronounce it right, browsers
// hyphenate and translate it right) and, when that is not the page's language, a small visible label saying so in
// the reader's language. Used wherever cases show what someone typed (exchanges and joint inspections alike), and
// the field that asks which language one writes in.
import { useTranslation } from "react-i18next";
import { LOCALES } from "~/domain/vocabulary";
import { isLocale } from "~/lib/i18n";
import { SelectField } from "./forms";

/** "(written in Lithuanian)" when `language` is known and not the page's; nothing otherwise. */
export function WrittenIn({ language, locale }: { language: string | null | undefined; locale: string }) {
  const { t } = useTranslation();
  if (!isLocale(language) || language === locale) return null;
  return <span className="lang-note"> ({t(`writtenIn.${language}`)})</span>;
}

/** `text` in its own language, followed by the label; nothing for empty (or withheld) text. */
export function TextIn({ text, language, locale }: { text: string | null | undefined; language: string | null | undefined; locale: string }) {
  if (!text) return null;
  return (
    <>
      <span lang={isLocale(language) ? language : undefined}>{text}</span>
      <WrittenIn language={language} locale={locale} />
    </>
  );
}

/** Which language the user writes the free text of a form in; the page's language unless they choose another. */
export function TextLanguageField({ name, defaultValue, label, hint }: { name: string; defaultValue: string; label?: string; hint?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField
      name={name}
      label={label ?? t("exchange.fields.language")}
      hint={hint}
      defaultValue={defaultValue}
      options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
    />
  );
}
