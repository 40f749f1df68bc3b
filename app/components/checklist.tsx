// The posting checker's result: the reader's answers, then numbered items with deadlines and topic links, and
// a print hint. Texts come from the `checker` namespace; dates arrive formatted from the loader (no Intl
// differences between server and browser).
import { Link } from "@remix-run/react";
import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import type { ChecklistItem, CheckerInput } from "~/domain/posting-checker";
import type { Locale } from "~/lib/i18n";
import { PrintButton } from "./print-button";

/** An item with its figures formatted for the reader (interpolation values of its texts) and its deadline date. */
export type ChecklistItemView = ChecklistItem & { figureTexts: Record<string, string>; deadlineText?: string };

export interface ChecklistView {
  input: CheckerInput;
  items: ChecklistItemView[];
  /** The start date in the reader's locale, when given. */
  startText?: string;
}

interface Props {
  locale: Locale;
  checklist: ChecklistView;
  /** The full address of this checklist, printed so a paper copy leads back to it. */
  pageUrl: string;
  /** The same answers for the other role. */
  otherRoleHref: string;
  /** When the rules were last reviewed, in the reader's locale. */
  reviewed: string;
}

export const ChecklistResult = forwardRef<HTMLHeadingElement, Props>(function ChecklistResult(
  { locale, checklist, pageUrl, otherRoleHref, reviewed },
  headingRef,
) {
  const { t } = useTranslation("checker");
  const { input, items, startText } = checklist;
  return (
    <section className="checklist" id="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" ref={headingRef} tabIndex={-1}>
        {t("result.heading")}
      </h2>

      <h3 className="checklist__answers-heading">{t("answers.heading")}</h3>
      <dl className="checklist__answers">
        <dt>{t("answers.direction")}</dt>
        <dd>{t(`answers.directionValue.${input.direction}`)}</dd>
        <dt>{t("answers.role")}</dt>
        <dd>{t(`answers.roleValue.${input.role}`)}</dd>
        <dt>{t("answers.sector")}</dt>
        <dd>{t(`sector.${input.sector}`)}</dd>
        <dt>{t("answers.length")}</dt>
        <dd>{t(`form.length.${input.expectedLength}`)}</dd>
        <dt>{t("answers.construction")}</dt>
        <dd>{t(input.construction ? "form.construction.yes" : "form.construction.no")}</dd>
        <dt>{t("answers.start")}</dt>
        <dd>{startText ?? t("answers.startUnknown")}</dd>
      </dl>

      <p>{t("result.lead")}</p>
      {startText ? null : <p className="muted">{t("result.noStartDate")}</p>}

      <ol className="checklist__items">
        {items.map((item) => (
          <li key={item.id} className="checklist__item" data-item={item.id}>
            <h3 className="checklist__title">{t(`${item.key}.title`, item.figureTexts)}</h3>
            <p>{t(`${item.key}.body`, item.figureTexts)}</p>
            {item.detailKeys.map((key) => (
              <p key={key}>{t(key, item.figureTexts)}</p>
            ))}
            {item.deadlineKey ? (
              <p className="checklist__deadline">
                <strong>{t("result.deadline")}</strong> {t(`${item.deadlineKey}.rule`, item.figureTexts)}
                {item.deadlineText ? (
                  <>
                    <br />
                    <span className="checklist__date">{t(`${item.deadlineKey}.date`, { date: item.deadlineText })}</span>
                  </>
                ) : null}
              </p>
            ) : null}
            {item.topicLinks.length ? (
              <div className="checklist__more">
                <span className="checklist__more-label">{t("result.readMore")}</span>
                <ul>
                  {item.topicLinks.map((link) => (
                    <li key={`${link.direction}/${link.slug}`}>
                      <Link to={`/${locale}/rights/${link.direction}/${link.slug}`}>{t(`topics.${link.direction}.${link.slug}`)}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        ))}
      </ol>

      <p className="muted">{t("result.disclaimer", { date: reviewed })}</p>
      <p className="checklist__other-role">
        <Link to={otherRoleHref}>{t(`result.otherRole.${input.role}`)}</Link>
      </p>

      <div className="notice checklist__print-hint">
        <h3>{t("result.printHeading")}</h3>
        <p>{t("result.printHint")}</p>
        <PrintButton label={t("result.printButton")} />
      </div>
      <p className="checklist__print-url">{t("result.printUrl", { url: pageUrl })}</p>
    </section>
  );
});
