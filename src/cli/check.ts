/** The checker's command line: options, output formats and exit status. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic, hasErrors, toReport, type Diagnostic, type Lang } from "../diagnostics.ts";
import { resolveClock } from "../clock.ts";
import { loadContent } from "../content/load.ts";

export interface CheckOptions {
  root: string;
  lang: Lang;
  format: "text" | "json" | "github";
  now?: string;
  drafts: boolean;
  usage?: string;
}

export function parseCliOptions(argv: string[]): CheckOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        lang: { type: "string", default: "vi" },
        format: { type: "string", default: "text" },
        now: { type: "string" },
        root: { type: "string", default: "." },
        drafts: { type: "boolean", default: false },
      },
      strict: true,
    });
    if (values.lang !== "vi" && values.lang !== "en") throw new Error(`--lang must be vi or en, not "${values.lang}"`);
    if (!["text", "json", "github"].includes(values.format)) throw new Error(`--format must be text, json or github, not "${values.format}"`);
    return { root: resolve(values.root), lang: values.lang, format: values.format as CheckOptions["format"], now: values.now, drafts: values.drafts };
  } catch (e) {
    return { root: ".", lang: "vi", format: "text", drafts: false, usage: (e as Error).message };
  }
}

interface Out {
  write(s: string): unknown;
}

const summary = (errors: number, warnings: number, lang: Lang) =>
  lang === "vi" ? `${errors} lỗi, ${warnings} cảnh báo` : `${errors} error(s), ${warnings} warning(s)`;

/** One GitHub Actions workflow command per diagnostic: an annotation on the offending line. */
export function githubAnnotation(d: Diagnostic, lang: Lang): string {
  const esc = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const prop = (s: string) => esc(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const level = d.severity === "error" ? "error" : "warning";
  return `::${level} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.code)}::${esc(formatDiagnostic(d, lang))}`;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], options: Pick<CheckOptions, "lang" | "format">, out: Out): void {
  const { lang, format } = options;
  if (format === "json") {
    out.write(`${JSON.stringify(toReport(diagnostics, lang), null, 2)}\n`);
    return;
  }
  for (const d of diagnostics) out.write(`${format === "github" ? githubAnnotation(d, lang) : formatDiagnostic(d, lang)}\n`);
  const report = toReport(diagnostics, lang);
  out.write(`${summary(report.errors, report.warnings, lang)}\n`);
}

export function runCheck(options: CheckOptions, out: Out, err: Out): number {
  if (options.usage) {
    err.write(`${options.usage}\nusage: npm run check -- [--lang vi|en] [--format text|json|github] [--now YYYY-MM-DD] [--root DIR] [--drafts]\n`);
    return 2;
  }
  if (!existsSync(options.root)) {
    err.write(`--root: no such folder "${options.root}"\n`);
    return 2;
  }
  const now = resolveClock(options.now);
  if (typeof now !== "number") {
    err.write(`${now.error}\n`);
    return 2;
  }
  try {
    const { diagnostics } = loadContent({ root: options.root, now, drafts: options.drafts });
    printDiagnostics(diagnostics, options, out);
    return hasErrors(diagnostics) ? 1 : 0;
  } catch (e) {
    // Content mistakes are diagnostics; reaching here is a bug in the checker itself.
    err.write(`internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}
