// The fields of one question in an exchange's answer form: a choice for yes/no, a date, an amount (with its
// currency for money) and the free text, each with its error beside it. The ids are the ones the error summary
// links to (fieldId of the field name), so a link lands on, and focuses, the field to correct.
import { useTranslation } from "react-i18next";
import type { AnswerType } from "~/domain/question-catalogue";
import { CURRENCIES, type Locale } from "~/domain/vocabulary";
import type { FieldErrors, FormValues } from "~/lib/forms";
import { valueOf } from "~/lib/forms";
import { answerCurrencyField, answerField, answerTextField, YES_NO_ANSWERS } from "~/lib/schemas/exchange-answers";
import { fieldId } from "./forms";

export interface AnswerQuestion {
  id: number;
  answerType: AnswerType;
  amountKind: "money" | "count" | null;
  answerValue: string | null;
  answerText: string | null;
}

function FieldError({ name, error }: { name: string; error: string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field__error" id={`${fieldId(name)}-error`}>
      <span className="visually-hidden">{t("forms.errorPrefix")} </span>
      {t(error)}
    </p>
  );
}

/** The value stored for a money answer is `1500.00 EUR`: split it back into the amount and the currency. */
function storedAmount(value: string | null): { amount: string; currency: string } {
  const match = /^(\S+) (EUR|NOK)$/.exec(value ?? "");
  return match ? { amount: match[1]!, currency: match[2]! } : { amount: value ?? "", currency: "" };
}

export function ExchangeAnswerFields({ question: q, errors, values, locale }: { question: AnswerQuestion; errors: FieldErrors | undefined; values: FormValues | undefined; locale: Locale }) {
  const { t } = useTranslation();
  const name = answerField(q.id);
  const textName = answerTextField(q.id);
  const currencyName = answerCurrencyField(q.id);
  const error = errors?.[name];
  const described = (field: string) => (errors?.[field] ? `${fieldId(field)}-error` : undefined);
  const stored = storedAmount(q.answerValue);
  return (
    <>
      {q.answerType === "yes_no" ? (
        <div className={`field${error ? " field--error" : ""}`}>
          <FieldError name={name} error={error} />
          <div className="choices choices--inline">
            {YES_NO_ANSWERS.map((value, index) => (
              <div className="choice" key={value}>
                <input
                  type="radio"
                  id={index === 0 ? fieldId(name) : `${fieldId(name)}-${value}`}
                  name={name}
                  value={value}
                  defaultChecked={valueOf(values, name, q.answerValue ?? "") === value}
                  aria-describedby={described(name)}
                />
                <label htmlFor={index === 0 ? fieldId(name) : `${fieldId(name)}-${value}`}>{t(`exchange.answer.${value}`)}</label>
              </div>
            ))}
          </div>
        </div>
      ) : q.answerType === "date" || q.answerType === "amount" ? (
        <div>
          <div className={`field${error ? " field--error" : ""}`}>
            <label className="field__label" htmlFor={fieldId(name)}>
              {t(q.answerType === "date" ? "exchange.answer.date" : "exchange.answer.amount")}
            </label>
            <FieldError name={name} error={error} />
            <input
              className="input input--short"
              type={q.answerType === "date" ? "date" : "text"}
              inputMode={q.answerType === "amount" ? "decimal" : undefined}
              id={fieldId(name)}
              name={name}
              defaultValue={valueOf(values, name, q.answerType === "amount" ? stored.amount : (q.answerValue ?? ""))}
              aria-invalid={error ? true : undefined}
              aria-describedby={described(name)}
            />
          </div>
          {q.answerType === "amount" && q.amountKind === "money" ? (
            <div className={`field${errors?.[currencyName] ? " field--error" : ""}`}>
              <label className="field__label" htmlFor={fieldId(currencyName)}>
                {t("exchange.instrument.penaltyCurrency")}
              </label>
              <FieldError name={currencyName} error={errors?.[currencyName]} />
              <select
                className="input select"
                id={fieldId(currencyName)}
                name={currencyName}
                defaultValue={valueOf(values, currencyName, stored.currency)}
                aria-invalid={errors?.[currencyName] ? true : undefined}
                aria-describedby={described(currencyName)}
              >
                <option value="">{t("exchange.fields.choose")}</option>
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className={`field${errors?.[textName] ? " field--error" : ""}`}>
        <label className="field__label" htmlFor={fieldId(textName)}>
          {q.answerType === "text" || q.answerType === "document" ? t("exchange.answer.text") : t("exchange.answer.supplementary")}
        </label>
        <FieldError name={textName} error={errors?.[textName]} />
        <textarea
          className="input textarea"
          rows={3}
          id={fieldId(textName)}
          name={textName}
          defaultValue={valueOf(values, textName, q.answerText ?? "")}
          lang={locale}
          aria-invalid={errors?.[textName] ? true : undefined}
          aria-describedby={described(textName)}
        />
      </div>
    </>
  );
}
