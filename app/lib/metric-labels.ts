// The reader's name for each stable metric key (used by the dashboard, the printable report and the CSV).
import type { TFunction } from "i18next";

export function metricLabel(key: string, t: TFunction): string {
  const sentType = /^information_exchanges_sent_(.+)$/.exec(key);
  if (sentType) return t("outcomes.metric.sentOfType", { type: t(`enum.exchangeType.${sentType[1]}`) });
  const fromSource = /^violations_from_(.+)$/.exec(key);
  if (fromSource) {
    const source = { joint_inspections: "joint_inspection", information_exchanges: "information_exchange", joint_meetings: "joint_meeting", other: "other" }[fromSource[1] ?? ""];
    return t("outcomes.metric.violationsFrom", { source: t(`enum.violationSource.${source}`) });
  }
  const category = /^violations_(.+)$/.exec(key);
  if (category && key !== "violations_total") return t("outcomes.metric.violationsOfCategory", { category: t(`enum.violationCategory.${category[1]}`) });
  const sanction = /^sanctions_(.+)$/.exec(key);
  if (sanction) return t("outcomes.metric.sanctionsOfKind", { sanction: t(`enum.sanction.${sanction[1]}`) });
  const fines = /^fines_([a-z]{3})$/.exec(key);
  if (fines) return t("outcomes.metric.fines", { currency: fines[1]!.toUpperCase() });
  return t(`outcomes.metric.${key}`, { defaultValue: key });
}

/**
 * A bar's label inside a chart whose title already names what is counted ("Violations by source"): only the part
 * that varies between bars ("Joint inspection"), so labels stay short enough to read on a phone.
 */
export function metricBarLabel(key: string, t: TFunction): string {
  const sentType = /^information_exchanges_sent_(.+)$/.exec(key);
  if (sentType) return t(`enum.exchangeType.${sentType[1]}`);
  const fromSource = /^violations_from_(.+)$/.exec(key);
  if (fromSource) {
    const source = { joint_inspections: "joint_inspection", information_exchanges: "information_exchange", joint_meetings: "joint_meeting", other: "other" }[fromSource[1] ?? ""];
    if (source) return t(`enum.violationSource.${source}`);
  }
  const category = /^violations_(.+)$/.exec(key);
  if (category && key !== "violations_total" && !key.startsWith("violations_from_")) return t(`enum.violationCategory.${category[1]}`);
  return metricLabel(key, t);
}
