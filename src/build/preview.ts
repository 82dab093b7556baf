/** The preview server behind `npm start`: live reload, drafts shown, errors overlaid. */
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import portal from "../../eleventy.config.ts";
import { buildRoutes, type Route } from "../../layouts/routes.tsx";
import { formatDiagnostic, hasErrors } from "../diagnostics.ts";
import { printDiagnostics } from "../cli/check.ts";
import { loadContent } from "../content/load.ts";
import type { Store } from "../store.ts";
import { ELEVENTY_INPUT, writeSearchIndex } from "./build.ts";

export interface PreviewOptions {
  root: string;
  port: number;
  /** A fixed clock; by default the real time at each rebuild. */
  now?: number;
  outDir?: string;
}

export async function startPreview(options: PreviewOptions): Promise<void> {
  const root = resolve(options.root);
  const outDir = resolve(options.outDir ?? join(root, ".cache", "preview"));
  rmSync(outDir, { recursive: true, force: true });
  let lastGood: Store | undefined;

  const routes = (): Route[] => {
    const { store, diagnostics } = loadContent({ root, now: options.now ?? Date.now(), drafts: true });
    if (diagnostics.length) printDiagnostics(diagnostics, { lang: "vi", format: "text" }, process.stderr);
    if (store && !hasErrors(diagnostics)) {
      lastGood = store;
      return buildRoutes(store);
    }
    const previewErrors = diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d, "vi"));
    if (lastGood) return buildRoutes(lastGood, { previewErrors });
    // Nothing good yet: one page that lists the errors.
    return [{ url: "/", file: "index.html", html: true, render: () => errorPage(previewErrors) }];
  };

  const after = async (pages: { url: string; content: string }[], dir: string) => {
    if (!lastGood) return;
    for (const file of lastGood.files.values()) {
      const target = join(dir, "files", file.name);
      mkdirSync(dirname(target), { recursive: true });
      cpSync(join(root, "content", "files", file.name), target);
    }
    await writeSearchIndex(pages, dir);
  };

  const eleventy = new Eleventy(ELEVENTY_INPUT, outDir, {
    quietMode: true,
    runMode: "serve",
    config: (config: Parameters<typeof portal>[0]) => portal(config, { routes, watch: [join(root, "content"), join(root, "data")], after }),
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port);
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function errorPage(errors: string[]): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Nội dung có lỗi</title></head><body><h1>Nội dung có lỗi</h1><p>Chưa dựng được trang nào. Sửa các lỗi sau rồi lưu tệp:</p><ul>${errors.map((e) => `<li><code>${escape(e)}</code></li>`).join("")}</ul></body></html>`;
}
