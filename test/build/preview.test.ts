/** npm start's preview server: pages from the current content, errors overlaid, reloads. */
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type Preview } from "../../src/build/preview.ts";
import { copyProject, NOW, text } from "../helpers/site.ts";
import { buildRoutes } from "../../layouts/routes.tsx";

let preview: Preview;
let root: string;
const get = async (path: string) => {
  const res = await fetch(`http://127.0.0.1:${preview.port}${path}`, { redirect: "manual" });
  return { status: res.status, body: await res.text(), location: res.headers.get("location") };
};
const until = async (path: string, pred: (body: string, status: number) => boolean) => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { body, status } = await get(path);
    if (pred(body, status)) return body;
    if (Date.now() > deadline) throw new Error(`timed out waiting on ${path}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};
/** The errors listed over a page, as the editor reads them. */
const overlay = (html: string) => {
  const $ = load(html);
  return $(".preview-errors li")
    .map((_, li) => text($(li).text()))
    .get();
};
const hasErrors = (b: string) => b.includes("preview-errors");

beforeAll(async () => {
  root = copyProject();
  preview = await startPreview({ root, port: 0, now: NOW, log: () => {}, routes: buildRoutes });
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

  it("writes the overlaid errors in a font that renders Vietnamese, not a monospace one", async () => {
    const page = await get("/lien-he/");
    const href = load(page.body)('link[rel="stylesheet"]').attr("href")!;
    const css = (await get(href)).body;
    // The last rule for the messages' <code> wins: its font stack must be the body's, not ui-monospace/Consolas.
    const rules = [...css.matchAll(/\.preview-errors code\s*\{([^}]*)\}/g)].map((m) => m[1]!);
    const font = rules.map((r) => /font-family:\s*([^;]+);/.exec(r)?.[1]).filter(Boolean).pop();
    expect(font).toBeDefined();
    expect(font).not.toMatch(/monospace|Consolas|Menlo/);
    expect(font).toMatch(/^system-ui, .*"Noto Sans".*sans-serif$/);
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

  it("reports what an edit breaks in other files, with file and line, and recovers when it is undone", async () => {
    const agencies = join(root, "data/agencies.yaml");
    const original = readFileSync(agencies, "utf8");
    const session = "/dao-tao/tq-2026-12-nhan-thuc-nang-suat/";
    const title = load((await get(session)).body)("h1").text();

    // Renaming an agency's id: the calendars and other agencies still name the old one.
    writeFileSync(agencies, original.replace("- id: so-khcn-tuyen-quang\n", "- id: so-khcn-tq\n"));
    const renamed = await until(session, hasErrors);
    expect(load(renamed)("h1").text()).toBe(title);
    expect(overlay(renamed)).toEqual(
      expect.arrayContaining([
        'content/trainings/2026-tuyen-quang.yaml:2:12 lỗi ref/unknown organizer: không tìm thấy cơ quan có mã "so-khcn-tuyen-quang"; có phải ý bạn là "so-khcn-tuyen-quang-cu"? — dùng mã có trong data/agencies.yaml',
        'data/agencies.yaml:54:14 lỗi ref/unknown [7].successor: không tìm thấy cơ quan có mã "so-khcn-tuyen-quang"; có phải ý bạn là "so-khcn-tuyen-quang-cu"? — dùng mã có trong data/agencies.yaml',
      ]),
    );
    writeFileSync(agencies, original);
    await until(session, (b) => !hasErrors(b));

    // Deleting an agency that a plan names as the lead of its tasks.
    writeFileSync(agencies, original.replace(/- id: so-khcn-tuyen-quang-cu\n(.*\n)*?\n/, ""));
    const deleted = overlay(await until("/ke-hoach/tuyen-quang-2022-2025/", hasErrors));
    expect(deleted).toContain('content/plans/tuyen-quang-2022-2025.md:7:7 lỗi ref/unknown lead: không tìm thấy cơ quan có mã "so-khcn-tuyen-quang-cu"; có phải ý bạn là "so-khcn-tuyen-quang"? — dùng mã có trong data/agencies.yaml');
    expect(deleted).toContain('content/trainings/2025-tuyen-quang.yaml:10:16 lỗi ref/unknown sessions[0].organizer: không tìm thấy cơ quan có mã "so-khcn-tuyen-quang-cu"; có phải ý bạn là "so-khcn-tuyen-quang"? — dùng mã có trong data/agencies.yaml');
    writeFileSync(agencies, original);
    await until("/ke-hoach/tuyen-quang-2022-2025/", (b) => !hasErrors(b));
  });

  it("notices new files, in new folders too, and deleted ones, also where a link still leads to them", async () => {
    const guide = join(root, "content/guidance/huong-dan-moi.md");
    writeFileSync(guide, "---\ntitle: Hướng dẫn mới soạn\nsummary: Thử.\ntopics: [5s]\naudience: [enterprise]\nupdated: 2026-11-20\n---\nNội dung.\n");
    await until("/huong-dan/huong-dan-moi/", (b) => b.includes("<h1>Hướng dẫn mới soạn</h1>"));
    expect(await until("/huong-dan/", (b) => b.includes("Hướng dẫn mới soạn"))).toContain('href="/huong-dan/huong-dan-moi/"');

    // A folder made after the server started, then a file in it.
    const folder = join(root, "content/files/bieu-mau");
    mkdirSync(folder);
    writeFileSync(join(folder, "dang-ky.pdf"), "%PDF-1.4 mẫu đăng ký");
    await until("/files/bieu-mau/dang-ky.pdf", (b, status) => status === 200 && b.startsWith("%PDF"));
    // The folder deleted and made again at once, as switching branches does: still watched.
    rmSync(folder, { recursive: true });
    mkdirSync(folder);
    writeFileSync(join(folder, "mau-moi.pdf"), "%PDF-1.4 mẫu mới");
    await until("/files/bieu-mau/mau-moi.pdf", (_, status) => status === 200);
    writeFileSync(join(folder, "huong-dan.pdf"), "%PDF-1.4 hướng dẫn");
    await until("/files/bieu-mau/huong-dan.pdf", (_, status) => status === 200);

    // A page links to the new guide; deleting the guide leaves the link leading nowhere.
    const page = join(root, "content/pages/lien-he.md");
    const original = readFileSync(page, "utf8");
    const line = original.split("\n").length;
    writeFileSync(page, `${original}Xem [hướng dẫn mới](/huong-dan/huong-dan-moi/).\n`);
    await until("/lien-he/", (b) => b.includes('href="/huong-dan/huong-dan-moi/"'));
    unlinkSync(guide);
    const broken = await until("/lien-he/", hasErrors);
    expect(overlay(broken)).toContain(`content/pages/lien-he.md:${line}:21 lỗi link/missing: liên kết "/huong-dan/huong-dan-moi/" không trỏ tới trang hoặc tệp nào của cổng — sửa liên kết`);

    // Without the link the content is whole again, and the deleted guide is gone from the site.
    writeFileSync(page, original);
    await until("/lien-he/", (b) => !hasErrors(b));
    await until("/huong-dan/huong-dan-moi/", (_, status) => status === 404);
    expect((await get("/huong-dan/")).body).not.toContain("Hướng dẫn mới soạn");
    rmSync(folder, { recursive: true });
    await until("/files/bieu-mau/huong-dan.pdf", (_, status) => status === 404);
  });

  it("builds the search index in the background once the content is quiet, and follows changes", async () => {
    // The index's entry file says how many pages it holds.
    const indexed = async () => {
      const { status, body } = await get("/pagefind/pagefind-entry.json");
      return status === 200 ? (JSON.parse(body) as { languages: { vi: { page_count: number } } }).languages.vi.page_count : 0;
    };
    const until = async (pred: (n: number) => boolean) => {
      const deadline = Date.now() + 60_000;
      for (let n = await indexed(); !pred(n); n = await indexed()) {
        if (Date.now() > deadline) throw new Error("the search index never came");
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    await until((n) => n > 0);
    const before = await indexed();
    const file = join(root, "content/pages/tim-thay.md");
    writeFileSync(file, "---\ntitle: Trang mới cần tìm thấy\n---\nNội dung.\n");
    await until((n) => n === before + 1);
    unlinkSync(file);
    await until((n) => n === before);
  });
});
