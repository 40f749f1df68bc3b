// Charts drawn as SVG on the server: each with a title, a description for screen readers, and the same figures
// in a table beside it. Plain shapes and strong colours, so they print and survive high-contrast modes.
import { useId } from "react";
import { DataTable } from "./data-table";

export interface BarDatum {
  label: string;
  value: number;
  /** What to print for the value (a formatted number, money, a percentage). */
  display?: string;
}

// Kept in step with the .chart__swatch--N classes in app.css (no inline styles: the CSP forbids them).
const SERIES_COLOURS = ["#00347d", "#b34700", "#1e6b34", "#5b2d90"];

/** Horizontal bars: one per category, labelled, with the value at the end of the bar. */
export function BarChart({ title, description, data, valueHeading, labelHeading }: { title: string; description: string; data: BarDatum[]; valueHeading: string; labelHeading: string }) {
  const id = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowHeight = 28;
  const labelWidth = 230;
  const barArea = 300;
  const height = data.length * rowHeight + 10;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__body">
        <svg viewBox={`0 0 ${labelWidth + barArea + 80} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart__svg" preserveAspectRatio="xMinYMin meet">
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{description}</desc>
          {data.map((d, i) => {
            const y = i * rowHeight + 5;
            const width = (d.value / max) * barArea;
            return (
              <g key={d.label}>
                <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="chart__label">
                  {d.label.length > 32 ? `${d.label.slice(0, 31)}…` : d.label}
                </text>
                <rect x={labelWidth} y={y + 4} width={Math.max(width, d.value > 0 ? 2 : 0)} height={rowHeight - 10} fill={SERIES_COLOURS[0]} stroke="#000" strokeWidth="0.5" />
                <text x={labelWidth + width + 6} y={y + 17} className="chart__value">
                  {d.display ?? d.value}
                </text>
              </g>
            );
          })}
        </svg>
        <DataTable
          className="chart__table"
          stacked={false}
          rows={data}
          rowKey={(d) => d.label}
          columns={[
            { id: "label", header: labelHeading, rowHeader: true, cell: (d) => d.label },
            { id: "value", header: valueHeading, numeric: true, cell: (d) => d.display ?? d.value },
          ]}
        />
      </div>
    </figure>
  );
}

/** Columns per period (quarter), one colour per series, with a legend and the table of all figures. */
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
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupWidth = Math.max(18, series.length * 7 + 6);
  const chartHeight = 160;
  const width = 40 + categories.length * groupWidth;
  const barWidth = (groupWidth - 6) / series.length;
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
        <svg viewBox={`0 0 ${width} ${chartHeight + 50}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart__svg" preserveAspectRatio="xMinYMin meet">
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{description}</desc>
          <line x1="36" x2={width} y1={chartHeight} y2={chartHeight} stroke="#000" />
          <text x="32" y="12" textAnchor="end" className="chart__axis">
            {max}
          </text>
          <text x="32" y={chartHeight} textAnchor="end" className="chart__axis">
            0
          </text>
          {categories.map((category, ci) => (
            <g key={category}>
              {series.map((s, si) => {
                const value = s.values[ci] ?? 0;
                const h = (value / max) * (chartHeight - 10);
                return <rect key={s.name} x={40 + ci * groupWidth + si * barWidth} y={chartHeight - h} width={barWidth - 1} height={h} fill={SERIES_COLOURS[si % SERIES_COLOURS.length]} />;
              })}
              {categories.length <= 24 || ci % 4 === 0 ? (
                <text x={40 + ci * groupWidth + groupWidth / 2} y={chartHeight + 14} textAnchor="end" transform={`rotate(-45 ${40 + ci * groupWidth + groupWidth / 2} ${chartHeight + 14})`} className="chart__axis">
                  {category}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
        <DataTable
          className="chart__table"
          rows={categories.map((category, index) => ({ category, index }))}
          rowKey={(row) => row.category}
          columns={[
            { id: "category", header: categoryHeading, rowHeader: true, lead: true, nowrap: true, cardLabelHidden: true, cell: (row) => row.category },
            ...series.map((s) => ({ id: s.name, header: s.name, numeric: true, cell: (row: { index: number }) => s.values[row.index] ?? 0 })),
          ]}
        />
      </div>
    </figure>
  );
}
