/**
 * The preview server behind `npm start`. It renders each page when the browser asks for it
 * from the current store, so an edit shows as soon as that one file is checked again, even
 * with tens of thousands of items; a full rebuild is never needed. Drafts are shown; content
 * errors are printed here and overlaid on the last good pages; the browser reloads itself.
 *
 * From a save to the page: the folder's watcher fires, the content is checked again reusing
 * every unchanged file's work (LoadCache), and the route table is built when the page is
 * asked for. The search index is never on that path (see backgroundIndex).
 */
import { existsSync, readdirSync, rmSync, watch, type Dirent, type FSWatcher } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import * as pagefind from "pagefind";
import type { Route, RouteTable } from "./route.ts";
import { formatDiagnostic, hasErrors } from "../diagnostics.ts";
import { printDiagnostics } from "../cli/check.ts";
import { LoadCache, loadContent } from "../content/load.ts";
import { searchRecords } from "../search/record.ts";
import { fileUrl, portalUrls, siteUrls } from "../site/urls.ts";
import type { Store } from "../store.ts";
import { searchablePage } from "./build.ts";

export interface PreviewOptions {
  root: string;
  port: number;
  /** A fixed clock; by default the real time at each reload. */
  now?: number;
  /** Where the preview's search index is written. */
  cacheDir?: string;
  log?: (line: string) => void;
  /** The portal's route table (layouts/routes.tsx). */
  routes: RouteTable;
}

export interface Preview {
  server: Server;
  /** The port it listens on (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
};

/** Reloads the page when the content changes (Server-Sent Events; allowed by the CSP's 'self'). */
const RELOAD_JS = `new EventSource("/__preview/events").addEventListener("reload", function () { location.reload(); });\n`;

/** A save often arrives as several events (truncate, write, rename): one check after the last. */
const SETTLE_MS = 30;
/** The search index is rebuilt once the content has not changed for this long. */
const INDEX_QUIET_MS = 2000;
/** Pages handed to Pagefind before waiting for it: enough to keep it busy, few to hold it. */
const INDEX_IN_FLIGHT = 4;

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const root = resolve(options.root);
  const cacheDir = resolve(options.cacheDir ?? join(root, ".cache", "preview"));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const buildRoutes = options.routes;
  // Files and per-file checks kept between loads: an edit re-reads and re-checks that file,
  // then runs the checks across files (cheap) over all of them.
  const cache = new LoadCache();
  const clients = new Set<ServerResponse>();
  /** The last content without errors: its pages stay served while there are errors. */
  let store: Store | undefined;
  let previewErrors: string[] | undefined;
  /** Built on the first request after a change, so a burst of saves builds it once. */
  let routes: Map<string, Route> | undefined;
  let prefix = "/";
  let closed = false;
  const search = backgroundIndex(cacheDir, log, buildRoutes);

  const routeTable = (): Map<string, Route> =>
    (routes ??= store
      ? new Map(buildRoutes(store, { previewErrors, singleSearchIndex: true }).map((r) => [r.url, r]))
      : new Map([["/", { url: "/", file: "index.html", html: true, render: () => errorPage(previewErrors ?? []) }]]));

  const reload = () => {
    const started = performance.now();
    const result = loadContent({ root, now: options.now ?? Date.now(), drafts: true, cache });
    if (result.diagnostics.length) printDiagnostics(result.diagnostics, { lang: "vi", format: "text" }, process.stderr);
    const ok = result.store && !hasErrors(result.diagnostics) ? result.store : undefined;
    if (ok) store = ok;
    previewErrors = ok ? undefined : result.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d, "vi"));
    routes = undefined;
    if (store) prefix = siteUrls(store.site).path("/");
    log(`[xem trước] đã kiểm tra nội dung trong ${Math.round(performance.now() - started)} ms${previewErrors ? `, ${previewErrors.length} lỗi` : ""}`);
    for (const client of clients) client.write("event: reload\ndata: 1\n\n");
    // Pages never wait for the search index: it follows once the editor pauses.
    search.changed(ok);
  };

  const server = createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://preview").pathname);
    } catch {
      return send(res, 400, ".txt", "Địa chỉ không hợp lệ");
    }
    if (path === "/__preview/events") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
      res.write(": ok\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    if (path === "/__preview/reload.js") return send(res, 200, ".js", RELOAD_JS);
    if (!path.startsWith(prefix)) return redirect(res, prefix);
    path = `/${path.slice(prefix.length)}`;
    const table = routeTable();
    const route = table.get(path) ?? (path.endsWith("/") ? undefined : table.get(`${path}/`) && { redirect: `${prefix}${path.slice(1)}/` });
    if (route && "redirect" in route) return redirect(res, route.redirect);
    if (route) {
      try {
        const body = route.render();
        return send(res, 200, route.html ? ".html" : extname(route.url), route.html ? withReload(body) : body);
      } catch (e) {
        return send(res, 500, ".txt", `Lỗi khi dựng trang: ${String(e)}`);
      }
    }
    // Attachments only as the checker accepted them (type, no symbolic link); the search bundle
    // from the preview's own folder.
    const attachment = path.startsWith(fileUrl("")) ? store?.files.get(path.slice(fileUrl("").length)) : undefined;
    const fromDir = attachment ? join(root, "content", "files") : path.startsWith(portalUrls.pagefind) ? search.dir() : undefined;
    if (fromDir) {
      const file = normalize(join(fromDir, attachment ? attachment.name : path.replace(/^\/pagefind\//, "")));
      if (file.startsWith(fromDir + sep)) {
        try {
          if ((await stat(file)).isFile()) return send(res, 200, extname(file), await readFile(file));
        } catch {
          /* falls through to 404 */
        }
      }
    }
    const notFound = table.get(portalUrls.notFound);
    return send(res, 404, ".html", notFound ? withReload(notFound.render()) : "Không tìm thấy");
  });

  // One watcher per folder, not Node's recursive watch: on Linux, Node 20 emulates that with a
  // watcher and a stat for every file (about 7,000 at 10,000 items) and lists a whole folder
  // again on each change. A folder's own watcher already reports every change to its files.
  // The folders are watched again before each check: a folder deleted and made again (a
  // branch switched) needs a new watcher, and its inode may be the old one's. And before the
  // content is read, so that no change falls between the two.
  let timer: NodeJS.Timeout | undefined;
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (closed) return;
      watchFolders();
      reload();
    }, SETTLE_MS);
  };
  let watchers: FSWatcher[] = [];
  const watchFolders = () => {
    const old = watchers;
    watchers = [];
    const visit = (dir: string) => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
        watchers.push(watch(dir, onChange).on("error", () => undefined));
      } catch {
        return; // missing, or removed meanwhile: reported by the checker
      }
      for (const e of entries) if (e.isDirectory()) visit(join(dir, e.name));
    };
    visit(join(root, "content"));
    visit(join(root, "data"));
    for (const w of old) w.close();
  };
  watchFolders();
  reload();
  await new Promise<void>((ok) => server.listen(options.port, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  log(`[xem trước] http://localhost:${port}${prefix}`);
  return {
    server,
    port,
    close: async () => {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      await new Promise((ok) => server.close(ok));
      await search.close();
    },
  };
}

/**
 * The preview's search index, in the background. Pagefind cannot update an index, and at
 * 10,000 items a rebuild renders every item page and costs Pagefind a minute or more of CPU:
 * so it starts once the content has been quiet for INDEX_QUIET_MS, pauses while the editor
 * saves, renders one page at a time between requests, and hands Pagefind (another process)
 * only a few pages at a time, so that it is idle while the server checks an edit. It indexes
 * the content as it was when it started; a later change is indexed after it.
 */
function backgroundIndex(cacheDir: string, log: (line: string) => void, buildRoutes: RouteTable) {
  // Each index is written into a folder of its own and served only once complete: a request
  // during the write would otherwise get a half-written file.
  let served = join(cacheDir, "pagefind");
  let generation = 0;
  // Folders left by a preview that was stopped while writing.
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) if (/^pagefind-\d+$/.test(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  let latest: Store | undefined;
  let indexed: Store | undefined;
  let lastChange = performance.now();
  let closed = false;
  let running: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((ok) => {
      const t = setTimeout(ok, ms);
      wake = () => {
        clearTimeout(t);
        ok();
      };
    });
  /** Lets pending requests run, then waits until the content has been quiet for a while. */
  const quiet = async () => {
    await new Promise((ok) => setImmediate(ok));
    for (let left; !closed && (left = lastChange + INDEX_QUIET_MS - performance.now()) > 0; ) await sleep(left);
  };

  const write = async (store: Store) => {
    const started = performance.now();
    const records = searchRecords(store);
    const pages = buildRoutes(store).filter((r) => r.html && records.has(r.url));
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
    if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
    let target: string | undefined;
    try {
      const inFlight: Promise<{ errors: string[] }>[] = [];
      const settle = async (n: number) => {
        while (inFlight.length > n) {
          const added = await inFlight.shift()!;
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
        }
      };
      for (const page of pages) {
        await quiet();
        if (closed) return;
        const added = index.addHTMLFile({ url: page.url, content: searchablePage(page.render(), records.get(page.url)!) });
        // Settled here, so that a page still in flight when this stops cannot reject unheard.
        inFlight.push(added.catch((e: unknown) => ({ errors: [String(e)] })));
        await settle(INDEX_IN_FLIGHT - 1);
      }
      await settle(0);
      await quiet();
      if (closed) return;
      target = join(cacheDir, `pagefind-${++generation}`);
      rmSync(target, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: target });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
      const previous = served;
      served = target;
      rmSync(previous, { recursive: true, force: true });
      log(`[xem trước] đã cập nhật chỉ mục tìm kiếm: ${pages.length} trang, ${Math.round((performance.now() - started) / 1000)} giây`);
    } finally {
      await index.deleteIndex();
      // A write that failed half-way is never served: nothing of it is kept.
      if (target && target !== served) rmSync(target, { recursive: true, force: true });
    }
  };
  const run = async () => {
    while (!closed && latest && latest !== indexed) {
      await quiet();
      const store = latest;
      if (closed) return;
      try {
        await write(store);
      } catch (e) {
        log(`[xem trước] chỉ mục tìm kiếm: ${String(e)}`);
      }
      indexed = store;
    }
  };
  return {
    /** The folder of the complete index the server sends. */
    dir: () => served,
    /** The content changed; `store` is the new content when it has no errors. */
    changed(store: Store | undefined) {
      lastChange = performance.now();
      if (store) latest = store;
      running ??= run().finally(() => (running = undefined));
    },
    async close() {
      closed = true;
      wake?.();
      await running;
    },
  };
}

function send(res: ServerResponse, status: number, ext: string, body: string | Buffer) {
  res.writeHead(status, { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "no-store" });
  res.end(body);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { location });
  res.end();
}

const withReload = (html: string) => html.replace("</body>", `<script src="/__preview/reload.js"></script></body>`);

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function errorPage(errors: string[]): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Nội dung có lỗi</title></head><body><h1>Nội dung có lỗi</h1><p>Chưa dựng được trang nào. Sửa các lỗi sau rồi lưu tệp:</p><ul>${errors.map((e) => `<li><code>${escape(e)}</code></li>`).join("")}</ul></body></html>`;
}
