/**
 * The local editing server (`npm run edit`) speaks Decap's local-backend protocol over the
 * working copy, and keeps what the checker and the build refuse out of it: a save that brings a
 * checker error is undone and answered with the checker's Vietnamese message; nothing outside
 * content/ and data/ is read or written; attachments only of the published types.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEditServer, type EditServer } from "../../src/editor/server.ts";
import { copyProject, NOW } from "../helpers/site.ts";

let root = "";
let server: EditServer;
const CALENDAR = "content/trainings/2026-tuyen-quang.yaml";

const api = async (action: string, params: Record<string, unknown> = {}) => {
  const res = await fetch(`${server.origin}/api/v1`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action, params }) });
  return { status: res.status, body: (await res.json()) as any };
};

beforeAll(async () => {
  root = copyProject();
  server = await startEditServer({ root, port: 0, now: NOW });
}, 120_000);
afterAll(() => server?.close());

describe("the local editing server", () => {
  it("serves the editor with itself as the backend, and lists and reads entries", async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<meta name="robots" content="noindex, nofollow">');
    const config = await (await fetch(`${server.url}config.yml`)).text();
    expect(config).toContain("name: proxy");
    const list = await api("entriesByFolder", { folder: "content/trainings", extension: "yaml", depth: 1 });
    expect(list.body.map((e: { file: { path: string } }) => e.file.path)).toContain(CALENDAR);
    const entry = await api("getEntry", { path: CALENDAR });
    expect(entry.body.data).toBe(readFileSync(join(root, CALENDAR), "utf8"));
  });

  it("refuses a save the checker refuses, with its Vietnamese message, and leaves the file as it was", async () => {
    const before = readFileSync(join(root, CALENDAR), "utf8");
    const raw = before.replace("end: 2026-12-17T11:30:00+07:00", "end: 2026-12-16T11:30:00+07:00");
    const saved = await api("persistEntry", { entry: { path: CALENDAR, raw }, assets: [], options: { commitMessage: "x" } });
    expect(saved.status).toBe(422);
    expect(saved.body.error).toContain("training/end-before-start");
    expect(saved.body.error).toContain("ngày kết thúc");
    expect(readFileSync(join(root, CALENDAR), "utf8")).toBe(before);
  });

  it("writes a save the checker accepts, byte for byte", async () => {
    const raw = readFileSync(join(root, CALENDAR), "utf8").replace("seats: 60", "seats: 80");
    const saved = await api("persistEntry", { entry: { path: CALENDAR, raw }, assets: [], options: { commitMessage: "x" } });
    expect(saved.status).toBe(200);
    expect(readFileSync(join(root, CALENDAR), "utf8")).toBe(raw);
  });

  it("reads and writes nothing outside content/ and data/, no attachment a browser could run, deletes nothing", async () => {
    expect((await api("getEntry", { path: "package.json" })).status).toBe(422);
    expect((await api("getEntry", { path: "content/../package.json" })).status).toBe(422);
    const script = await api("persistMedia", { asset: { path: "content/files/x.html", content: Buffer.from("<script>").toString("base64"), encoding: "base64" } });
    expect(script.status).toBe(422);
    expect(script.body.error).toContain("không được đăng");
    const pdf = await api("persistMedia", { asset: { path: "content/files/bao-cao.pdf", content: Buffer.from("%PDF-1.4\n").toString("base64"), encoding: "base64" } });
    expect(pdf.status).toBe(200);
    expect(readFileSync(join(root, "content/files/bao-cao.pdf"), "utf8")).toBe("%PDF-1.4\n");
    expect((await api("deleteFile", { path: CALENDAR })).status).toBe(422);
  });
});
