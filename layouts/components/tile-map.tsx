/**
 * A tile-grid map of the 34 provincial-level units: each unit is one square, placed roughly
 * where it lies, so readers see the country's picture without a map from another host. Drawn at
 * build time as SVG. Each tile links to the unit's page and writes its short name and its number,
 * so the shading (darker = more) is never the only way to read it; a legend and a table with
 * the full names give the same numbers.
 */
import { scaleQuantize } from "d3-scale";
import type { Figure } from "../../src/site/figures.ts";
import type { PageContext } from "../context.ts";
import { ChartHeading, formatCount } from "./charts.tsx";

/**
 * Where each unit's tile sits (row from the north, column from the west) and the short name
 * written in it. Set by hand from the units' places on the map after 1/7/2025, keeping
 * neighbours next to each other where a square grid allows: the north is five tiles wide, the
 * centre one (the coast from Hà Tĩnh to Đắk Lắk), the south three. A unit that is not listed
 * here is not drawn (its number is still in the table).
 */
export const TILE_GRID: Readonly<Record<string, { row: number; col: number; short: string }>> = {
  "lai-chau": { row: 0, col: 1, short: "LCh" },
  "lao-cai": { row: 0, col: 2, short: "LCa" },
  "tuyen-quang": { row: 0, col: 3, short: "TQ" },
  "cao-bang": { row: 0, col: 4, short: "CB" },
  "dien-bien": { row: 1, col: 0, short: "ĐB" },
  "son-la": { row: 1, col: 1, short: "SL" },
  "phu-tho": { row: 1, col: 2, short: "PT" },
  "thai-nguyen": { row: 1, col: 3, short: "TNg" },
  "lang-son": { row: 1, col: 4, short: "LS" },
  "ha-noi": { row: 2, col: 2, short: "HN" },
  "bac-ninh": { row: 2, col: 3, short: "BN" },
  "quang-ninh": { row: 2, col: 4, short: "QNi" },
  "ninh-binh": { row: 3, col: 2, short: "NB" },
  "hung-yen": { row: 3, col: 3, short: "HY" },
  "hai-phong": { row: 3, col: 4, short: "HP" },
  "thanh-hoa": { row: 4, col: 2, short: "TH" },
  "nghe-an": { row: 5, col: 2, short: "NA" },
  "ha-tinh": { row: 5, col: 3, short: "HT" },
  "quang-tri": { row: 6, col: 3, short: "QT" },
  hue: { row: 7, col: 3, short: "Huế" },
  "da-nang": { row: 8, col: 3, short: "ĐNg" },
  "quang-ngai": { row: 9, col: 3, short: "QNg" },
  "gia-lai": { row: 10, col: 3, short: "GL" },
  "dak-lak": { row: 11, col: 3, short: "ĐL" },
  "dong-nai": { row: 12, col: 2, short: "ĐNai" },
  "lam-dong": { row: 12, col: 3, short: "LĐ" },
  "khanh-hoa": { row: 12, col: 4, short: "KH" },
  "tay-ninh": { row: 13, col: 1, short: "TNi" },
  "ho-chi-minh": { row: 13, col: 2, short: "HCM" },
  "an-giang": { row: 14, col: 0, short: "AG" },
  "dong-thap": { row: 14, col: 1, short: "ĐT" },
  "vinh-long": { row: 14, col: 2, short: "VL" },
  "ca-mau": { row: 15, col: 0, short: "CM" },
  "can-tho": { row: 15, col: 1, short: "CT" },
};

/** One tile: a square of the grid, its gap, and where its two lines of text sit. */
const CELL = 60;
const TILE = 56;
const SHORT_Y = 24;
const VALUE_Y = 46;

/** Up to four shades above "none"; each class's range of values, for the legend. */
export function shadeClasses(max: number): { shade: (v: number) => number; legend: { shade: number; from: number; to: number }[] } {
  if (max <= 0) return { shade: () => 0, legend: [{ shade: 0, from: 0, to: 0 }] };
  const classes = Math.min(4, max);
  const scale = scaleQuantize<number>()
    .domain([1, max + 1])
    .range(Array.from({ length: classes }, (_, i) => i + 1));
  const shade = (v: number): number => (v <= 0 ? 0 : scale(v));
  const legend = [{ shade: 0, from: 0, to: 0 }];
  for (let v = 1; v <= max; v++) {
    const s = shade(v);
    const last = legend.at(-1)!;
    if (last.shade === s) last.to = v;
    else legend.push({ shade: s, from: v, to: v });
  }
  return { shade, legend };
}

export interface TileMapProps {
  ctx: PageContext;
  id: string;
  title: string;
  /** One sentence: what the map shows. */
  caption: string;
  /** One row per current unit (key: its id), e.g. figures.trainingsByProvince. */
  rows: readonly Figure[];
  /** "khóa": what a number counts, for the tiles' names and the legend. */
  unit: string;
  /** Heading of the table's value column. */
  valueLabel: string;
  /** Full names for the tiles' accessible names ("Thành phố Đà Nẵng"), by id. */
  names: ReadonlyMap<string, string>;
  level?: 2 | 3;
}

export function TileMap({ ctx, id, title, caption, rows, unit, valueLabel, names, level = 2 }: TileMapProps) {
  const placed = rows.filter((r) => TILE_GRID[r.key]);
  const max = Math.max(0, ...rows.map((r) => r.value));
  const { shade, legend } = shadeClasses(max);
  const cols = Math.max(...Object.values(TILE_GRID).map((t) => t.col)) + 1;
  const height = Math.max(...Object.values(TILE_GRID).map((t) => t.row)) + 1;
  const range = (from: number, to: number) => (from === to ? formatCount(from) : `${formatCount(from)}–${formatCount(to)}`);
  return (
    <figure class="tile-map" id={id} aria-labelledby={`${id}-tieu-de`}>
      <ChartHeading id={id} title={title} caption={caption} level={level} />
      <div class="tile-map-body">
        {/* A group of links, not one picture: each tile is a link to its unit's page. */}
        <svg class="tile-map-svg" viewBox={`0 0 ${cols * CELL} ${height * CELL}`} role="group" aria-labelledby={`${id}-tieu-de`} aria-describedby={`${id}-chu-thich`}>
          {placed.map((r) => {
            const t = TILE_GRID[r.key]!;
            const x = t.col * CELL;
            const y = t.row * CELL;
            const name = names.get(r.key) ?? r.label;
            // The name starts with the words shown ("TQ 1"), as speech input users say them.
            const label = `${t.short} ${formatCount(r.value)} ${unit} – ${name}`;
            return (
              <a class={`tile tile-${shade(r.value)}`} href={ctx.urls.path(r.href ?? `/tinh/${r.key}/`)} data-key={r.key} aria-label={label}>
                <rect x={x + 1} y={y + 1} width={TILE} height={TILE} rx="4" />
                {/* One text, its two lines apart by a space, so the words shown read "TQ 1" as the name does. */}
                <text text-anchor="middle">
                  <tspan class="tile-short" x={x + 1 + TILE / 2} y={y + SHORT_Y}>
                    {t.short}
                  </tspan>{" "}
                  <tspan class="tile-value" x={x + 1 + TILE / 2} y={y + VALUE_Y} data-value={r.value}>
                    {formatCount(r.value)}
                  </tspan>
                </text>
              </a>
            );
          })}
        </svg>
        <div class="tile-map-side">
          <p class="tile-legend-title">Chú giải (số {unit}):</p>
          <ul class="tile-legend">
            {legend.map((l) => (
              <li>
                <svg class="tile-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                  <rect class={`tile-${l.shade}`} x="0.5" y="0.5" width="15" height="15" rx="2" />
                </svg>{" "}
                {range(l.from, l.to)} {unit}
              </li>
            ))}
          </ul>
          <p class="meta">Mỗi ô ghi tên viết tắt và số {unit} của tỉnh, thành phố; chọn một ô để mở trang của tỉnh, thành phố đó.</p>
          <details class="chart-data">
            <summary>Tên đầy đủ và số liệu dạng bảng</summary>
            <div class="table-scroll" role="group" tabindex={0} aria-label={`Bảng số liệu: ${title}`}>
              <table>
                <caption class="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Viết tắt</th>
                    <th scope="col">Tỉnh, thành phố</th>
                    <th scope="col" class="num">
                      {valueLabel}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr data-key={r.key}>
                      <td>{TILE_GRID[r.key]?.short ?? ""}</td>
                      <th scope="row">{r.href ? <a href={ctx.urls.path(r.href)}>{r.label}</a> : r.label}</th>
                      <td class="num">{formatCount(r.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      </div>
    </figure>
  );
}
