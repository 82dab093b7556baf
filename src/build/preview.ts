/**
 * The preview server behind `npm start`. It renders each page when the browser asks for it
 * from the current store, so an edit shows as soon as that one file is checked again, even
 * with tens of thousands of items; a full rebuild is never needed. Drafts are shown; content
 * errors are printed here and overlaid on the last good pages; the browser reloads itself.
 */
import { watch, type FSWatcher } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { buildRoutes, type Route } from "../../layouts/routes.tsx";
import { formatDiagnostic, hasErrors } from "../diagnostics.ts";
import { printDiagnostics } from "../cli/check.ts";
import { LoadCache, loadContent } from "../content/load.ts";
import { searchRecords } from "../search/record.ts";
import { siteUrls } from "../site/urls.ts";
import type { Store } from "../store.ts";
import { writeSearchIndex } from "./build.ts";

export interface PreviewOptions {
  root: string;
  port: number;
  /** A fixed clock; by default the real time at each reload. */
  now?: number;
  /** Where the preview's search index is written. */
  cacheDir?: string;
  log?: (line: string) => void;
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

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const root = resolve(options.root);
  const cacheDir = resolve(options.cacheDir ?? join(root, ".cache", "preview"));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const cache = new LoadCache();
  const clients = new Set<ServerResponse>();
  let store: Store | undefined;
  let routes = new Map<string, Route>();
  let prefix = "/";
  let indexing: Promise<void> = Promise.resolve();

  const reload = () => {
    const started = performance.now();
    const result = loadContent({ root, now: options.now ?? Date.now(), drafts: true, cache });
    if (result.diagnostics.length) printDiagnostics(result.diagnostics, { lang: "vi", format: "text" }, process.stderr);
    let previewErrors: string[] | undefined;
    if (result.store && !hasErrors(result.diagnostics)) store = result.store;
    else previewErrors = result.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d, "vi"));
    if (store) {
      routes = new Map(buildRoutes(store, { previewErrors }).map((r) => [r.url, r]));
      prefix = siteUrls(store.site).path("/");
    } else {
      routes = new Map([["/", { url: "/", file: "index.html", html: true, render: () => errorPage(previewErrors ?? []) }]]);
    }
    log(`[xem trước] đã kiểm tra nội dung trong ${Math.round(performance.now() - started)} ms${previewErrors ? `, ${previewErrors.length} lỗi` : ""}`);
    for (const client of clients) client.write("event: reload\ndata: 1\n\n");
    // The search index follows in the background; pages never wait for it.
    if (!previewErrors && store) {
      const pages = [...routes.values()].filter((r) => r.html);
      const records = searchRecords(store);
      indexing = indexing.then(() => writeSearchIndex(pages.map((r) => ({ url: r.url, content: r.render() })), cacheDir, records)).catch((e: unknown) => log(`[xem trước] chỉ mục tìm kiếm: ${String(e)}`));
    }
  };
  reload();

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
    const route = routes.get(path) ?? (path.endsWith("/") ? undefined : routes.get(`${path}/`) && { redirect: `${prefix}${path.slice(1)}/` });
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
    const attachment = path.startsWith("/files/") ? store?.files.get(path.slice("/files/".length)) : undefined;
    const fromDir = attachment ? join(root, "content", "files") : path.startsWith("/pagefind/") ? join(cacheDir, "pagefind") : undefined;
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
    const notFound = routes.get("/404.html");
    return send(res, 404, ".html", notFound ? withReload(notFound.render()) : "Không tìm thấy");
  });

  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = ["content", "data"].map((dir) =>
    watch(join(root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, 30);
    }),
  );
  await new Promise<void>((ok) => server.listen(options.port, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  log(`[xem trước] http://localhost:${port}${prefix}`);
  return {
    server,
    port,
    close: async () => {
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      await new Promise((ok) => server.close(ok));
      await indexing;
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
