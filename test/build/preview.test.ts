/** npm start's preview server: pages from the current content, errors overlaid, reloads. */
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type Preview } from "../../src/build/preview.ts";
import { copyProject, NOW, text } from "../helpers/site.ts";

let preview: Preview;
let root: string;
const get = async (path: string) => {
  const res = await fetch(`http://127.0.0.1:${preview.port}${path}`, { redirect: "manual" });
  return { status: res.status, body: await res.text(), location: res.headers.get("location") };
};
const until = async (path: string, pred: (body: string) => boolean) => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { body } = await get(path);
    if (pred(body)) return body;
    if (Date.now() > deadline) throw new Error(`timed out waiting on ${path}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

beforeAll(async () => {
  root = copyProject();
  preview = await startPreview({ root, port: 0, now: NOW, log: () => {} });
});
afterAll(async () => preview?.close());

describe("the preview server", () => {
  it("serves pages, attachments and a 404, and adds the live-reload script", async () => {
    const plan = await get("/ke-hoach/tuyen-quang-2022-2025/");
    expect(plan.status).toBe(200);
    expect(load(plan.body)('script[src="/__preview/reload.js"]').length).toBe(1);
    expect((await get("/ke-hoach/tuyen-quang-2022-2025")).location).toBe("/ke-hoach/tuyen-quang-2022-2025/");
    expect((await get("/files/tom-tat-ke-hoach-tuyen-quang.pdf")).body.startsWith("%PDF")).toBe(true);
    expect((await get("/khong-co/")).status).toBe(404);
    expect((await get("/files/..%2f..%2fdata%2fsite.yaml")).status).toBe(404);
    expect((await get("/%E0%A4%A")).status).toBe(400);
    // Only attachments the checker accepted are served: not a file dropped in after the last check.
    writeFileSync(join(root, "content/files/trang.html"), "<script>alert(1)</script>");
    expect((await get("/files/trang.html")).status).not.toBe(200);
    unlinkSync(join(root, "content/files/trang.html"));
    await until("/lien-he/", (b) => !b.includes("preview-errors"));
  });

  it("shows an edit on the next request, overlays content errors on the last good page, and recovers", async () => {
    const file = join(root, "content/pages/lien-he.md");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace(/^title: .*$/m, "title: Liên hệ với ban biên tập"));
    await until("/lien-he/", (b) => b.includes("<h1>Liên hệ với ban biên tập</h1>"));

    writeFileSync(file, original.replace(/^title: .*$/m, "titel: Liên hệ"));
    const broken = await until("/lien-he/", (b) => b.includes("preview-errors"));
    const $ = load(broken);
    expect(text($("h1").text())).toBe("Liên hệ với ban biên tập");
    const errors = $(".preview-errors li").map((_, li) => text($(li).text())).get();
    expect(errors).toContain('content/pages/lien-he.md:2:1 lỗi schema/unknown-key titel: khóa "titel" không có trong mẫu; có phải ý bạn là "title"? — sửa tên khóa hoặc xóa');

    writeFileSync(file, original);
    await until("/lien-he/", (b) => !b.includes("preview-errors"));
  });

  it("shows drafts, which the published build leaves out", async () => {
    writeFileSync(join(root, "content/pages/ban-nhap.md"), "---\ntitle: Trang đang soạn\ndraft: true\n---\nChưa xuất bản.\n");
    const draft = await until("/ban-nhap/", (b) => b.includes("Trang đang soạn"));
    expect(load(draft)("h1").text()).toBe("Trang đang soạn");
  });

  it("tells open pages to reload when content changes", async () => {
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${preview.port}/__preview/events`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read(); // the opening comment
    const file = join(root, "content/pages/gioi-thieu.md");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nThêm một dòng.\n`);
    let received = "";
    while (!received.includes("event: reload")) received += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(received).toContain("event: reload");
  });
});
