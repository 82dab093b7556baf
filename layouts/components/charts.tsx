/**
 * Charts drawn at build time as SVG: no script, no request to another host. A horizontal bar
 * chart reads on a 320 px phone: each row has its label and value as text above its bar (so
 * the meaning never depends on colour), and positions are percentages of the width while text
 * keeps its CSS size, so the chart narrows without shrinking its words. Every chart has a
 * title, a one-sentence caption and its numbers as a table. Scales, ticks and number formats
 * come from d3 (d3-scale, d3-format) with Vietnamese separators.
 */
import { formatLocale } from "d3-format";
import { scaleLinear } from "d3-scale";
import type { Figure } from "../../src/site/figures.ts";
import type { PageContext } from "../context.ts";

/** Vietnamese number conventions: "." groups thousands, "," marks decimals. */
export const vietnameseNumbers = formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["", " ₫"], percent: " %" });
export const formatCount = vietnameseNumbers.format(",d");
export const formatPercent = vietnameseNumbers.format(",.1~f");

const ROW = 40;
const LABEL_BASELINE = 15;
const BAR_TOP = 21;
const BAR_HEIGHT = 12;
const AXIS = 26;

/** A chart's title and its one-sentence caption, which the figure and its SVG refer to by id. */
export function ChartHeading({ id, title, caption, level }: { id: string; title: string; caption: string; level: 2 | 3 }) {
  const H = level === 2 ? "h2" : "h3";
  return (
    <>
      <H id={`${id}-tieu-de`} class="chart-title">
        {title}
      </H>
      <p class="chart-caption" id={`${id}-chu-thich`}>
        {caption}
      </p>
    </>
  );
}

export interface BarChartProps {
  ctx: PageContext;
  /** Used for the ids of the title, caption and table. */
  id: string;
  title: string;
  /** One sentence: what the chart shows. */
  caption: string;
  rows: readonly Figure[];
  /** Heading of the value column of the table, e.g. "Số khóa". */
  valueLabel: string;
  /** Heading of the label column, e.g. "Quý". */
  keyLabel: string;
  /** Heading level of the chart's title. */
  level?: 2 | 3;
  /** The end of the scale when it is fixed (100 for percentages); else the largest value, rounded up. */
  domainMax?: number;
  /** How tick values read, e.g. "50 %". */
  tickFormat?: (n: number) => string;
}

export function BarChart({ ctx, id, title, caption, rows, valueLabel, keyLabel, level = 2, domainMax, tickFormat = formatCount }: BarChartProps) {
  const max = domainMax ?? Math.max(1, ...rows.map((r) => r.value));
  const x = scaleLinear().domain([0, max]).nice(4).range([0, 100]).clamp(true);
  const ticks = x.ticks(4).filter((t) => Number.isInteger(t));
  const height = rows.length * ROW + AXIS;
  const pct = (v: number) => `${Math.round(x(v) * 100) / 100}%`;
  return (
    <figure class="chart" id={id} aria-labelledby={`${id}-tieu-de`}>
      <ChartHeading id={id} title={title} caption={caption} level={level} />
      {rows.length === 0 ? (
        <p class="empty">Chưa có số liệu.</p>
      ) : (
        <svg class="chart-svg" width="100%" height={height} role="img" aria-labelledby={`${id}-tieu-de ${id}-chu-thich`} data-max={x.domain()[1]}>
          <g class="chart-grid" aria-hidden="true">
            {ticks.map((t) => (
              <>
                <line x1={pct(t)} x2={pct(t)} y1={BAR_TOP - 4} y2={height - AXIS + 4} />
                <text class="chart-tick" x={pct(t)} y={height - 8} text-anchor={t === 0 ? "start" : x(t) >= 99 ? "end" : "middle"}>
                  {tickFormat(t)}
                </text>
              </>
            ))}
          </g>
          {rows.map((r, i) => {
            const y = i * ROW;
            const label = (
              <text class="chart-label" x="0" y={y + LABEL_BASELINE}>
                {r.label}
              </text>
            );
            return (
              <g class="chart-row" data-key={r.key}>
                {/* No links inside the picture (role="img"): the table below links each row. */}
                {label}
                <text class="chart-value" x="100%" y={y + LABEL_BASELINE} text-anchor="end" data-value={r.value}>
                  {r.text ?? formatCount(r.value)}
                </text>
                <rect class="chart-track" x="0" y={y + BAR_TOP} width="100%" height={BAR_HEIGHT} rx="2" />
                {r.value > 0 ? <rect class="chart-bar" x="0" y={y + BAR_TOP} width={pct(r.value)} height={BAR_HEIGHT} rx="2" /> : null}
              </g>
            );
          })}
        </svg>
      )}
      {rows.length ? (
        <details class="chart-data">
          <summary>Xem số liệu dạng bảng</summary>
          <div class="table-scroll" role="group" tabindex={0} aria-label={`Bảng số liệu: ${title}`}>
            <table>
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{keyLabel}</th>
                  <th scope="col" class="num">
                    {valueLabel}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr data-key={r.key}>
                    <th scope="row">{r.href ? <a href={ctx.urls.path(r.href)}>{r.label}</a> : r.label}</th>
                    <td class="num">{r.text ?? formatCount(r.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </figure>
  );
}
