/**
 * Writes the browser editor into a built site at /quan-tri/: Decap CMS's own files copied from
 * the installed package (pinned in package-lock.json; no third-party script host), eemeli/yaml's
 * browser build, the portal's additions (browser/), the site's stylesheet for the preview pane,
 * the generated configuration and a page with its own Content-Security-Policy: the editor needs
 * inline styles (its components style themselves) and its git host's API, which the public
 * pages' policy does not allow and must not.
 *
 * It is written after the search index, and no route, sitemap or feed knows it; the page says
 * noindex and robots.txt disallows it.
 */
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import type { DecapConfig } from "./decap-config.ts";
import { portalUrls } from "../site/urls.ts";

export const EDITOR_URL = portalUrls.editor;

const HERE = dirname(fileURLToPath(import.meta.url));
const DECAP_DIST = join(dirname(fileURLToPath(import.meta.resolve("decap-cms/package.json"))), "dist");
const YAML_BROWSER = join(dirname(fileURLToPath(import.meta.resolve("yaml/package.json"))), "browser", "dist");
const SITE_CSS = join(HERE, "../../layouts/assets/site.css");

/** "yaml" for merge.js and portal.js, as in Node. */
const IMPORT_MAP = JSON.stringify({ imports: { yaml: "./yaml/index.js" } });
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** The editor page's policy: the site itself, plus the git host's API and sign-in window. */
export function editorCsp(hosts: readonly string[] = []): string {
  const extra = hosts.length ? ` ${hosts.join(" ")}` : "";
  return [
    "default-src 'self'",
    // Decap checks its configuration with ajv, which compiles validators with new Function().
    `script-src 'self' 'unsafe-eval' ${sha256(IMPORT_MAP)}`,
    // Decap's components (emotion) write <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self' data:",
    // An attachment chosen for upload is read back from its blob: address when the entry is saved.
    `connect-src 'self' blob:${extra}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function editorPage(siteName: string, hosts: readonly string[] = []): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(editorCsp(hosts))}">
<meta name="referrer" content="same-origin">
<title>Soạn thảo nội dung — ${escapeHtml(siteName)}</title>
<script src="manual-init.js"></script>
<script src="decap-cms.js"></script>
<script type="importmap">${IMPORT_MAP}</script>
<script type="module" src="portal.js"></script>
</head>
<body>
<noscript>Trình soạn thảo cần JavaScript. Bạn vẫn có thể sửa các tệp trong content/ và data/ bằng git (xem Hướng dẫn biên tập).</noscript>
</body>
</html>
`;
}

/** Decap's entry script and the chunks it loads on demand; not its source maps nor the second bundle. */
const decapFiles = (): string[] => readdirSync(DECAP_DIST).filter((n) => n === "decap-cms.js" || /^\d+\.decap-cms\.js$/.test(n));

/** Writes /quan-tri/ into `outDir` (a site being built, or the local editing server's folder). */
export function writeEditor(outDir: string, options: { siteName: string; config: DecapConfig; hosts?: readonly string[] }): void {
  const dir = join(outDir, EDITOR_URL);
  mkdirSync(dir, { recursive: true });
  for (const name of decapFiles()) copyFileSync(join(DECAP_DIST, name), join(dir, name));
  cpSync(YAML_BROWSER, join(dir, "yaml"), { recursive: true });
  for (const name of ["portal.js", "merge.js"]) copyFileSync(join(HERE, "browser", name), join(dir, name));
  writeFileSync(join(dir, "manual-init.js"), "// The portal registers its file formats before the editor starts (portal.js).\nwindow.CMS_MANUAL_INIT = true;\n");
  copyFileSync(SITE_CSS, join(dir, "preview.css"));
  writeFileSync(join(dir, "config.yml"), stringify(options.config, { lineWidth: 0 }));
  writeFileSync(join(dir, "index.html"), editorPage(options.siteName, options.hosts));
}
