/**
 * The local editing server behind `npm run edit`: the browser editor (/quan-tri/) against the
 * working copy on the editor's own machine, without a git host. It speaks the protocol of Decap's
 * own local backend (decap-server's file-system mode: one POST /api/v1 with an action), so the
 * editor runs unchanged, and adds what decap-server does not do:
 * - every save is checked by the project's checker before it stays: a save that brings a new
 *   error is undone and refused with the checker's Vietnamese message, which the editor shows;
 * - only content/ and data/ can be read or written, attachments only in content/files/ and only
 *   of the types the site publishes;
 * - it listens on 127.0.0.1 only.
 * The editor's page already writes only the changed values into the original text
 * (browser/merge.js), for every backend alike; this server writes what it is given.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, relative, resolve, sep } from "node:path";
import { ATTACHMENT_TYPES, LoadCache, loadContent } from "../content/load.ts";
import { formatDiagnostic, type Diagnostic } from "../diagnostics.ts";
import { FILES_DIR } from "../schema/index.ts";
import { decapConfig } from "./decap-config.ts";
import { EDITOR_URL, writeEditor } from "./page.ts";
import { sha256 } from "../hash.ts";

export interface EditServerOptions {
  /** Project root holding content/ and data/. */
  root: string;
  /** 0 for any free port. */
  port?: number;
  /** The checker's clock (ms); the real time by default. */
  now?: number;
}

export interface EditServer {
  /** e.g. http://127.0.0.1:8081 */
  origin: string;
  /** The editor's address. */
  url: string;
  close(): Promise<void>;
}

const API = "/api/v1";
/** Folders the editor may read and write. */
const WRITABLE = ["content", "data"];
const MAX_BODY = 50 * 1024 * 1024;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** A refusal the editor shows to the person saving (status 422, Vietnamese). */
class Refusal extends Error {}


export async function startEditServer(options: EditServerOptions): Promise<EditServer> {
  const root = realpathSync(resolve(options.root));
  const site = mkdtempSync(join(tmpdir(), "portal-editor-"));
  // The same editor the build publishes, with this server as its backend.
  const config = { ...decapConfig(), backend: { name: "proxy", proxy_url: API, branch: "main" } };
  let siteName = "Cổng thông tin";
  try {
    siteName = /^name:\s*(.+)$/m.exec(readFileSync(join(root, "data/site.yaml"), "utf8"))?.[1]?.trim() ?? siteName;
  } catch {
    /* a project without data/site.yaml still gets an editor; the checker will say what is missing */
  }
  writeEditor(site, { siteName, config });

  const cache = new LoadCache();
  const check = (): Diagnostic[] => loadContent({ root, now: options.now ?? Date.now(), drafts: true, cache }).diagnostics.filter((d) => d.severity === "error");
  const key = (d: Diagnostic) => formatDiagnostic(d, "vi");
  let known = new Set(check().map(key));
  let queue: Promise<unknown> = Promise.resolve();
  /** One save at a time: each is checked against the state the previous one left. */
  const serial = <T>(work: () => T | Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** An absolute path inside content/ or data/, refusing anything that climbs out or is a link. */
  const inside = (path: unknown, folders: readonly string[] = WRITABLE): string => {
    if (typeof path !== "string" || path === "" || path.includes("\0")) throw new Refusal("Đường dẫn tệp không hợp lệ.");
    const rel = normalize(path).split(sep).join("/");
    if (rel.startsWith("../") || rel === ".." || rel.startsWith("/") || !folders.some((f) => rel === f || rel.startsWith(`${f}/`))) {
      throw new Refusal(`Chỉ được sửa tệp trong ${folders.join("/, ")}/: ${path}`);
    }
    const abs = join(root, rel);
    // No symbolic link anywhere on the way (the checker refuses them too).
    for (let p = abs; p !== root && p.startsWith(root); p = dirname(p)) if (existsSync(p) && lstatSync(p).isSymbolicLink()) throw new Refusal(`Liên kết tượng trưng không được phép: ${rel}`);
    return abs;
  };

  const entryOf = (path: string) => {
    const abs = inside(path);
    if (!existsSync(abs)) return { data: null, file: { path, id: null } };
    const bytes = readFileSync(abs);
    return { data: bytes.toString("utf8"), file: { path, id: sha256(bytes) } };
  };

  const listFolder = (folder: string, extension: string, depth: number): string[] => {
    const out: string[] = [];
    const walk = (rel: string, level: number) => {
      if (level > depth) return;
      const abs = inside(rel);
      if (!existsSync(abs)) return;
      for (const d of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const child = `${rel}/${d.name}`;
        if (d.isDirectory()) walk(child, level + 1);
        else if (d.isFile() && child.endsWith(extension)) out.push(child);
      }
    };
    walk(folder.replace(/\/+$/, ""), 1);
    return out;
  };

  const mediaFile = (path: string) => {
    const bytes = readFileSync(inside(path, [FILES_DIR]));
    return { id: sha256(bytes), content: bytes.toString("base64"), encoding: "base64", path, name: path.slice(path.lastIndexOf("/") + 1) };
  };

  const attachmentPath = (path: unknown): string => {
    const abs = inside(path, [FILES_DIR]);
    const ext = extname(abs).slice(1).toLowerCase();
    if (!ATTACHMENT_TYPES.has(ext)) throw new Refusal(`Tệp .${ext || "?"} không được đăng. Chỉ nhận: ${[...ATTACHMENT_TYPES].join(", ")}.`);
    return abs;
  };

  /** Writes the files, checks the whole project, and undoes everything if a new error appeared. */
  const saveChecked = (writes: { abs: string; bytes: Buffer }[]): void => {
    const before = writes.map((w) => ({ abs: w.abs, old: existsSync(w.abs) ? readFileSync(w.abs) : undefined }));
    for (const w of writes) {
      mkdirSync(dirname(w.abs), { recursive: true });
      writeFileSync(w.abs, w.bytes);
    }
    const errors = check();
    const fresh = errors.filter((d) => !known.has(key(d)));
    if (fresh.length) {
      for (const b of before) {
        if (b.old === undefined) rmSync(b.abs, { force: true });
        else writeFileSync(b.abs, b.old);
      }
      check();
      const shown = fresh.slice(0, 5).map(key).join("\n");
      throw new Refusal(`Chưa lưu: bộ kiểm tra nội dung báo lỗi.\n${shown}${fresh.length > 5 ? `\n… và ${fresh.length - 5} lỗi khác.` : ""}`);
    }
    known = new Set(errors.map(key));
  };

  type Body = { action?: string; params?: Record<string, any> };
  const act = async (body: Body): Promise<unknown> => {
    const p = body.params ?? {};
    switch (body.action) {
      case "info":
        return { repo: "local", publish_modes: ["simple"], type: "local_fs" };
      case "entriesByFolder":
        return listFolder(String(p.folder), String(p.extension ?? ""), Number(p.depth ?? 1)).map(entryOf);
      case "entriesByFiles":
        return (p.files as { path: string }[]).map((f) => entryOf(f.path));
      case "getEntry":
        return entryOf(String(p.path));
      case "persistEntry":
        return serial(() => {
          const files = (p.dataFiles as { path: string; raw: string; newPath?: string }[] | undefined) ?? [p.entry];
          const writes = files.map((f) => {
            if (f.newPath) throw new Refusal("Đổi tên tệp trong trình soạn thảo chưa được hỗ trợ: mã (tên tệp) không đổi sau khi đã công bố.");
            return { abs: inside(f.path), bytes: Buffer.from(String(f.raw), "utf8") };
          });
          for (const a of (p.assets ?? []) as { path: string; content: string; encoding: BufferEncoding }[]) writes.push({ abs: attachmentPath(a.path), bytes: Buffer.from(a.content, a.encoding) });
          saveChecked(writes);
          return { message: "entry persisted" };
        });
      case "getMedia":
        return listFolder(FILES_DIR, "", 1)
          .filter((f) => ATTACHMENT_TYPES.has(extname(f).slice(1).toLowerCase()))
          .map(mediaFile);
      case "getMediaFile":
        return mediaFile(String(p.path));
      case "persistMedia":
        return serial(() => {
          const asset = p.asset as { path: string; content: string; encoding: BufferEncoding };
          const abs = attachmentPath(asset.path);
          mkdirSync(dirname(abs), { recursive: true });
          writeFileSync(abs, Buffer.from(asset.content, asset.encoding));
          return mediaFile(relative(root, abs).split(sep).join("/"));
        });
      case "deleteFile":
      case "deleteFiles":
        // Removing published content breaks links and calendars already shared: done with git, reviewed.
        throw new Refusal("Trình soạn thảo không xóa tệp. Với khóa đào tạo, đặt tình trạng là hủy (cancelled); với bài viết, đánh dấu bản nháp.");
      case "getDeployPreview":
        return null;
      default:
        throw new Refusal(`Thao tác không được hỗ trợ: ${String(body.action)}`);
    }
  };

  const readBody = (req: IncomingMessage): Promise<Body> =>
    new Promise((ok, fail) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          fail(new Refusal("Tệp quá lớn."));
          req.destroy();
        } else chunks.push(c);
      });
      req.on("end", () => {
        try {
          ok(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Body);
        } catch {
          fail(new Refusal("Yêu cầu không hợp lệ."));
        }
      });
      req.on("error", fail);
    });

  const json = (res: ServerResponse, status: number, value: unknown) => {
    const body = Buffer.from(JSON.stringify(value));
    res.writeHead(status, { "Content-Type": "application/json", "Content-Length": body.length, "Cache-Control": "no-store" }).end(body);
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === API && req.method === "POST") {
      readBody(req)
        .then(act)
        .then((value) => json(res, 200, value))
        .catch((e: unknown) => json(res, e instanceof Refusal ? 422 : 500, { error: e instanceof Error ? e.message : String(e) }));
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405).end();
    if (url.pathname === "/" || url.pathname === EDITOR_URL.slice(0, -1)) return void res.writeHead(302, { Location: EDITOR_URL }).end();
    const file = normalize(join(site, decodeURIComponent(url.pathname)));
    const target = file.endsWith(sep) ? join(file, "index.html") : file;
    if (!target.startsWith(join(site, EDITOR_URL)) || !existsSync(target) || !lstatSync(target).isFile()) return void res.writeHead(404).end("Không có trang này.");
    const body = readFileSync(target);
    res.writeHead(200, { "Content-Type": TYPES[extname(target)] ?? "application/octet-stream", "Content-Length": body.length, "Cache-Control": "no-cache" });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 8081, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${EDITOR_URL}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(site, { recursive: true, force: true });
          ok();
        });
      }),
  };
}
