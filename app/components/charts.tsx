// Charts drawn as SVG on the server: each with a title, a description for screen readers, and the same figures
// in a table beside it. Plain shapes and strong colours, so they print and survive high-contrast modes.
// Drawn 320 units wide, about the width of a phone's column, and shown at most 26rem wide: the text (13 units) stays
// at 12 px or more on a 360 px screen and at 9 pt or more on paper. A value axis with steps of 1, 2 or 5 × 10^n
// (app/domain/chart-scale.ts) and gridlines lets a reader read the bars.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { valueScale } from "~/domain/chart-scale";
import { formatNumber } from "~/lib/format";
import { FALLBACK_LOCALE, isLocale, type Locale } from "~/lib/i18n";
import { DataTable } from "./data-table";

export interface BarDatum {
  label: string;
  value: number;
  /** What to print for the value (a formatted number, money, a percentage). */
  display?: string;
}

// Kept in step with the .chart__swatch--N classes in app.css (no inline styles: the CSP forbids them).
const SERIES_COLOURS = ["#00347d", "#b34700", "#1e6b34", "#5b2d90"];
const WIDTH = 320;
/** Roughly the advance of one character of the 13-unit chart text, to fit labels without measuring them. */
const CHAR_WIDTH = 7.2;

function usePageLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : FALLBACK_LOCALE;
}

function truncate(label: string, characters: number): string {
  return label.length > characters ? `${label.slice(0, characters - 1)}…` : label;
}

/** A label over at most two lines of `characters`, broken between words; the rest is cut (the table has it all). */
function labelLines(label: string, characters: number): string[] {
  if (label.length <= characters) return [label];
  const space = label.lastIndexOf(" ", characters);
  if (space <= 0) return [truncate(label, characters)];
  return [label.slice(0, space), truncate(label.slice(space + 1), characters)];
}

/** Horizontal bars: the label above each bar, the value at its end, and a value axis with gridlines below. */
export function BarChart({ title, description, data, valueHeading, labelHeading }: { title: string; description: string; data: BarDatum[]; valueHeading: string; labelHeading: string }) {
  const id = useId();
  const locale = usePageLocale();
  const scale = valueScale(Math.max(0, ...data.map((d) => d.value)), { integer: data.every((d) => Number.isInteger(d.value)), maxSteps: 4 });
  // Room on the right for the value printed after the longest bar.
  const valueRoom = Math.max(3, ...data.map((d) => (d.display ?? formatNumber(d.value, locale)).length)) * CHAR_WIDTH + 6;
  const left = 4;
  const plotWidth = WIDTH - left - valueRoom;
  const labels = data.map((d) => labelLines(d.label, Math.floor((WIDTH - left) / CHAR_WIDTH)));
  const lineHeight = 15;
  // Each row: its label's lines, then the bar; rows are as tall as their labels.
  const rowTops = labels.reduce<number[]>((tops, lines, i) => [...tops, (tops[i] ?? 0) + lines.length * lineHeight + 22], [0]);
  const plotHeight = rowTops.at(-1)!;
  const height = plotHeight + 24;
  const x = (value: number) => left + (value / scale.top) * plotWidth;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__body">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart__svg" preserveAspectRatio="xMinYMin meet">
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{description}</desc>
          {scale.ticks.map((tick) => (
            <g key={tick} className="chart__tick">
              <line x1={x(tick)} x2={x(tick)} y1={0} y2={plotHeight} className="chart__grid" />
              <text x={x(tick)} y={plotHeight + 16} textAnchor={tick === 0 ? "start" : "middle"} className="chart__axis">
                {formatNumber(tick, locale, scale.decimals)}
              </text>
            </g>
          ))}
          {data.map((d, i) => {
            const y = rowTops[i]!;
            const barTop = y + labels[i]!.length * lineHeight + 5;
            const width = x(d.value) - left;
            return (
              <g key={d.label}>
                <text x={left} y={y + 13} className="chart__label">
                  {labels[i]!.map((line, li) => (
                    <tspan key={li} x={left} dy={li === 0 ? 0 : lineHeight}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <rect x={left} y={barTop} width={Math.max(width, d.value > 0 ? 2 : 0)} height={12} fill={SERIES_COLOURS[0]} stroke="#000" strokeWidth="0.5" />
                <text x={left + width + 4} y={barTop + 11} className="chart__value">
                  {d.display ?? formatNumber(d.value, locale)}
                </text>
              </g>
            );
          })}
          <line x1={left} x2={left} y1={0} y2={plotHeight} stroke="#000" />
        </svg>
        <DataTable
          className="chart__table"
          stacked={false}
          rows={data}
          rowKey={(d) => d.label}
          columns={[
            { id: "label", header: labelHeading, rowHeader: true, cell: (d) => d.label },
            { id: "value", header: valueHeading, numeric: true, cell: (d) => d.display ?? formatNumber(d.value, locale) },
          ]}
        />
      </div>
    </figure>
  );
}

/**
 * Columns per period (quarter), one colour per series, with a y-axis of stepped counts and gridlines, a legend and
 * the table of all figures. Category labels are written level, on two lines, as many as fit.
 */
export function ColumnChart({
  title,
  description,
  categories,
  series,
  categoryHeading,
}: {
  title: string;
  description: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  categoryHeading: string;
}) {
  const id = useId();
  const locale = usePageLocale();
  const scale = valueScale(Math.max(0, ...series.flatMap((s) => s.values)), { integer: series.every((s) => s.values.every(Number.isInteger)), maxSteps: 5 });
  const tickLabels = scale.ticks.map((tick) => formatNumber(tick, locale, scale.decimals));
  const left = Math.max(...tickLabels.map((label) => label.length)) * CHAR_WIDTH + 8;
  const top = 8;
  const plotHeight = 150;
  const plotWidth = WIDTH - left - 2;
  const groupWidth = plotWidth / Math.max(1, categories.length);
  const barWidth = (groupWidth * 0.8) / Math.max(1, series.length);
  const y = (value: number) => top + plotHeight - (value / scale.top) * plotHeight;
  // "2. kvartal 2017" → "2. kvartal" over "2017"; every n-th label, so that neighbours do not touch.
  const lines = categories.map((category) => {
    const space = category.lastIndexOf(" ");
    return space > 0 ? [category.slice(0, space), category.slice(space + 1)] : [category];
  });
  const labelWidth = Math.max(1, ...lines.flat().map((line) => line.length)) * CHAR_WIDTH;
  // Every n-th label, kept inside the drawing; n grows until the first and last, pushed inwards, touch no neighbour.
  const placeLabels = (every: number) => {
    const places = new Map<number, number>();
    for (let ci = 0; ci < categories.length; ci += every) {
      const centre = left + ci * groupWidth + groupWidth / 2;
      places.set(ci, Math.min(Math.max(centre, left + labelWidth / 2), WIDTH - labelWidth / 2));
    }
    const xs = [...places.values()];
    return xs.every((at, i) => i === 0 || at - xs[i - 1]! >= labelWidth + 8) ? places : null;
  };
  let labelX = new Map<number, number>([[0, left + labelWidth / 2]]);
  for (let every = Math.max(1, Math.ceil((labelWidth + 8) / groupWidth)); every < categories.length; every++) {
    const places = placeLabels(every);
    if (places) {
      labelX = places;
      break;
    }
  }
  if (categories.length === 1) labelX = placeLabels(1) ?? labelX;
  const height = top + plotHeight + 40;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__title">
        {title}
      </figcaption>
      <ul className="chart__legend" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s.name}>
            <span className={`chart__swatch chart__swatch--${i % SERIES_COLOURS.length}`} /> {s.name}
          </li>
        ))}
      </ul>
      <div className="chart__body chart__body--stacked">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart__svg" preserveAspectRatio="xMinYMin meet">
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{description}</desc>
          {scale.ticks.map((tick, index) => (
            <g key={tick} className="chart__tick">
              <line x1={left} x2={WIDTH - 2} y1={y(tick)} y2={y(tick)} className={tick === 0 ? "chart__baseline" : "chart__grid"} />
              <text x={left - 6} y={y(tick) + 4} textAnchor="end" className="chart__axis">
                {tickLabels[index]}
              </text>
            </g>
          ))}
          {categories.map((category, ci) => {
            const at = labelX.get(ci);
            return (
              <g key={category}>
                {series.map((s, si) => {
                  const value = s.values[ci] ?? 0;
                  return <rect key={s.name} x={left + ci * groupWidth + groupWidth * 0.1 + si * barWidth} y={y(value)} width={Math.max(barWidth - 1, 1)} height={top + plotHeight - y(value)} fill={SERIES_COLOURS[si % SERIES_COLOURS.length]} />;
                })}
                {at !== undefined ? (
                  <text x={at} y={top + plotHeight + 16} textAnchor="middle" className="chart__axis">
                    {lines[ci]!.map((line, li) => (
                      <tspan key={li} x={at} dy={li === 0 ? 0 : 15}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
        <DataTable
          className="chart__table"
          rows={categories.map((category, index) => ({ category, index }))}
          rowKey={(row) => row.category}
          columns={[
            { id: "category", header: categoryHeading, rowHeader: true, lead: true, nowrap: true, cardLabelHidden: true, cell: (row) => row.category },
            ...series.map((s) => ({ id: s.name, header: s.name, numeric: true, cell: (row: { index: number }) => formatNumber(s.values[row.index] ?? 0, locale) })),
          ]}
        />
      </div>
    </figure>
  );
}
