/**
 * What the browser tests need: a static HTTP server for a built site (as a plain web host
 * would serve it) and Debian's Chromium driven by playwright-core. No network is used.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { build, copyProject } from "./site.ts";

/** Debian's Chromium (CI installs it with apt); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a quiet headless Chromium that talks to nothing but the test server. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".wasm": "application/wasm",
};

/** The content type a static host should send; Pagefind's `wasm.<lang>.pagefind` is WebAssembly. */
export function contentType(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (/^wasm\..*\.pagefind$/.test(name)) return "application/wasm";
  return TYPES[extname(name).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  origin: string;
  /** Every path requested, in order (e.g. "/dao-tao/"). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a random port: a folder answers with its index.html
 * (a folder without a trailing slash is redirected), anything missing with 404.html
 * and status 404. Paths outside `dir` are refused.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(url.pathname);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let path: string;
    try {
      path = normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    const stat = existsSync(path) ? statSync(path) : undefined;
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith("/")) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, "index.html");
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      status = 404;
      path = join(root, "404.html");
    }
    const body = existsSync(path) ? readFileSync(path) : Buffer.from("Not found");
    res.writeHead(status, { "Content-Type": contentType(path), "Content-Length": body.length, "Cache-Control": "no-cache" });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * Launches Chromium headless with a fresh profile. Throws (never skips) when the browser is
 * missing, so that a machine without it fails the tests loudly.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** axe-core's browser build, to inject into pages. */
export const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");

/** WCAG 2.2 AA and everything below it. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

/** One readable block per violation: rule, impact, help, then each node's selector and summary. */
export function formatViolations(url: string, violations: readonly AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `${url}: ${v.id} (${v.impact ?? "?"}) ${v.help}`,
        ...v.nodes.map((n) => `  ${JSON.stringify(n.target)}\n    ${n.html.slice(0, 160)}\n    ${(n.failureSummary ?? "").replace(/\n/g, "\n    ")}`),
      ].join("\n"),
    )
    .join("\n");
}

/** Runs axe-core in the page (injected past the page's CSP) with the WCAG 2.2 AA rules. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })).violations;
  }, WCAG_AA_TAGS);
}

/** Collects the page's uncaught errors and console errors into `problems`, which tests assert empty. */
export function collectProblems(page: Page, problems: string[]): Page {
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  return page;
}

export interface ServedSite {
  browser: Browser;
  server: StaticServer;
  /** The built site's folder. */
  outDir: string;
}

/**
 * For one test file: builds the bundled site once, serves it over HTTP from 127.0.0.1 and
 * launches Chromium (before all its tests); closes both after. The fields are set once the
 * file's tests run.
 */
export function serveBundledSiteInChromium(): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.browser = await launchChromium();
    const built = await build(copyProject());
    expect(built.result.ok).toBe(true);
    site.outDir = built.outDir;
    site.server = await serveStatic(built.outDir);
  }, 180_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Waits for the search page to finish, then gives the paths of the results it shows, in order. */
export async function searchResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector("[data-search-status]")?.textContent ?? ""), undefined, { timeout: 20_000 });
  return page.locator(".search-results h2 a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
