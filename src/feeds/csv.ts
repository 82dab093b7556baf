/**
 * CSV as spreadsheet users open it (RFC 4180): UTF-8 with a byte-order mark, or Excel reads the
 * Vietnamese text as Windows-1258 mojibake; CRLF line ends; fields quoted when they hold a
 * comma, quote, line break or edge space.
 *
 * A cell that starts with = + - @ (or tab, carriage return) is a formula to Excel and
 * LibreOffice; content from editors must not run there (CSV injection, OWASP). Such text gets
 * a leading apostrophe, which shows the value as text. Numbers are written as they are.
 * A "<" that would open an HTML tag is written "‹" (./inert.ts).
 */
import { inertText } from "./inert.ts";

export type CsvValue = string | number | boolean | null | undefined;

export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = inertText(String(value).normalize("NFC"));
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, header row, rows; every line ends with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}

/**
 * A column of an open-data CSV: its name, how /du-lieu-mo/ explains it, and how a record gives
 * its value. Names and order are stable, so scripts can rely on them.
 */
export interface CsvColumn<R> {
  name: string;
  type: string;
  description: string;
  /** Never empty. */
  required?: boolean;
  value: (r: R) => CsvValue;
}

/** The CSV of `records` in `columns`, with the header row. */
export function columnsCsv<R>(columns: readonly CsvColumn<R>[], records: readonly R[]): string {
  return toCsv(
    columns.map((c) => c.name),
    records.map((r) => columns.map((c) => c.value(r))),
  );
}

/** The columns as /du-lieu-mo/ lists a file's fields. */
export const columnFields = <R>(columns: readonly CsvColumn<R>[]) =>
  columns.map((c) => ({ name: c.name, type: c.type, required: c.required ?? false, description: c.description }));
