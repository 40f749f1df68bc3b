import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * The filters above a list: a GET form (so a filtered list has its own address and works without JavaScript),
 * announced as a search region with its own name, and one button to apply them.
 */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation("common");
  return (
    <Form method="get" className="filters" role="search" aria-label={label}>
      {children}
      <button type="submit" className="button button--secondary">
        {t("filter.apply")}
      </button>
    </Form>
  );
}
