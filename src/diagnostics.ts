/**
 * Diagnostics: what the checker tells an editor. One line each, in the editor's language,
 * naming the file, the position, a stable rule code, the key's path, the problem and the fix.
 */
import { messageFor, messages, type Code, type MessageParams } from "./messages.ts";

export type Severity = "error" | "warning";
export type Lang = "vi" | "en";
export type KeyPath = readonly (string | number)[];

export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column of the offending key or value (1:1 when the whole file is at fault). */
  line: number;
  column: number;
  /** Key path inside the document, e.g. ["sessions", 3, "end"]. */
  path: KeyPath;
  /** Stable rule code, e.g. "training/end-before-start": a key of the message table. */
  code: Code;
  severity: Severity;
  /** Values the message is built from; kept so the message can be rendered in any language. */
  params: MessageParams;
}

/** "sessions[3].end" — the notation editors see. */
export function formatPath(path: KeyPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

export function messageOf(d: Diagnostic, lang: Lang): string {
  const entry = messageFor(d.code) ?? messages["internal/unknown-code"];
  return entry[lang]({ ...d.params, code: d.code });
}

const severityLabel: Record<Lang, Record<Severity, string>> = {
  vi: { error: "lỗi", warning: "cảnh báo" },
  en: { error: "error", warning: "warning" },
};

/** `file:line:col lỗi code path: message — fix` */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const path = formatPath(d.path);
  return `${d.file}:${d.line}:${d.column} ${severityLabel[lang][d.severity]} ${d.code}${path ? ` ${path}` : ""}: ${messageOf(d, lang)}`;
}

export interface DiagnosticReport {
  errors: number;
  warnings: number;
  diagnostics: {
    file: string;
    line: number;
    column: number;
    path: string;
    code: string;
    severity: Severity;
    message: string;
  }[];
}

export function toReport(diagnostics: readonly Diagnostic[], lang: Lang): DiagnosticReport {
  return {
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      path: formatPath(d.path),
      code: d.code,
      severity: d.severity,
      message: messageOf(d, lang),
    })),
  };
}

/** Stable order: by file, then position, then code. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === "error");
