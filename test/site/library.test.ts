/**
 * The documents library and the questions, in built sites: a fixture project (the minimal one
 * with a small library of related documents and a few questions) built at several clocks, its
 * pages read with a real HTML parser, its JSON-LD parsed and checked, and its open data read by
 * independent parsers (Ajv against the published JSON Schema, csv-parse for the CSV).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { load, type CheerioAPI } from "cheerio";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build.ts";
import { makeProject, type Edits } from "../helpers/project.ts";
import { text } from "../helpers/site.ts";
import { buildRoutes } from "../../layouts/routes.tsx";

const Ajv2020 = Ajv2020Module.default;
const addFormats = formatsModule.default;

const doc = (front: string, body = "") => `---\n${front}\n---\n${body}`;

/**
 * A decree partly repealed by a later one and replaced by a third from 01/01/2027, and a
 * provincial plan that implements it: every relation, and a status that changes with the clock.
 */
export const LIBRARY: Edits = {
  "content/documents/nd-1-2024.md": doc(
    "form: nghi-dinh\nnumber: 1/2024/NĐ-CP\nauthority: Chính phủ\nsigner: Nguyễn Văn A\nsignerTitle: Phó Thủ tướng\nissued: 2024-01-05\neffective: 2024-02-01\nsummary: Quy định thí điểm hỗ trợ doanh nghiệp áp dụng 5S\ntopics: [5s]\nfiles:\n  - { title: Toàn văn, file: x.pdf }\nofficialUrl: https://vbpl.example.gov.vn/1-2024",
    "\nVăn bản thử nghiệm.\n",
  ),
  "content/documents/nd-3-2025.md": doc(
    "form: nghi-dinh\nnumber: 3/2025/NĐ-CP\nauthority: Chính phủ\nissued: 2025-05-01\neffective: 2025-06-01\nsummary: Sửa đổi quy định thí điểm\npartlyRepeals:\n  - { document: nd-1-2024, part: Điều 3 }\namends: [nd-1-2024]",
  ),
  "content/documents/nd-9-2026.md": doc(
    "form: nghi-dinh\nnumber: 9/2026/NĐ-CP\nauthority: Chính phủ\nissued: 2026-11-01\neffective: 2027-01-01\nsummary: Quy định hỗ trợ doanh nghiệp áp dụng công cụ cải tiến\nreplaces: [nd-1-2024]\nbasedOn: [nd-3-2025]",
  ),
  "content/documents/kh-5-ubnd.md": doc(
    "form: ke-hoach\nnumber: 5/KH-UBND\nissuer: ubnd-tuyen-quang\nissued: 2025-04-01\nsummary: Triển khai thí điểm 5S trên địa bàn tỉnh\nimplements: [nd-1-2024]\nprovinces: [tuyen-quang]",
  ),
  "content/news/2026-03-tap-huan.md": doc("title: Tập huấn theo Nghị định\ndate: 2026-03-10\nkind: news\nsummary: Tập huấn triển khai Nghị định.\ndocuments: [nd-9-2026]", "\nNội dung.\n"),
  "content/questions/dang-ky.md": doc("question: Đăng ký khóa học thế nào?\ntopics: [5s]\nanswered: 2026-11-20\ndocuments: [nd-1-2024]\nguides: [ap-dung-5s]\norder: 1", "\nĐăng ký theo [lịch đào tạo](/dao-tao/).\n"),
  "content/questions/5s-la-gi.md": doc("question: 5S là gì?\ntopics: [5s, kaizen]\nanswered: 2026-11-21", "\nSàng lọc, sắp xếp, **sạch sẽ**, săn sóc, sẵn sàng.\n"),
  "content/questions/kaizen.md": doc("question: Kaizen là gì?\ntopics: [kaizen]\nanswered: 2026-11-22\nagency: so-khcn-tuyen-quang", "\nCải tiến liên tục.\n"),
};

const at = (day: string) => Date.parse(`${day}T09:00:00+07:00`);

async function buildAt(day: string, edits: Edits = LIBRARY): Promise<{ outDir: string; page: (url: string) => CheerioAPI; file: (url: string) => string }> {
  const project = makeProject(edits);
  const outDir = join(project.root, "_site");
  const result = await buildSite({ root: project.root, outDir, now: at(day), routes: buildRoutes });
  expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
  const file = (url: string) => readFileSync(join(outDir, url.endsWith("/") ? `${url}index.html` : url), "utf8");
  return { outDir, file, page: (url) => load(file(url)) };
}

const status = ($: CheerioAPI) => text($(".effect-note .status").first().text());
const jsonLd = ($: CheerioAPI) => $('script[type="application/ld+json"]').map((_, s) => JSON.parse($(s).html()!)).get() as Record<string, unknown>[];

describe("a library built on 29/11/2026", () => {
  let site: Awaited<ReturnType<typeof buildAt>>;
  beforeAll(async () => {
    site = await buildAt("2026-11-29");
  }, 120_000);

  it("lists every document, newest first, with its form, status and authority; filters are links", () => {
    const $ = site.page("/van-ban/");
    expect($(".card-title a").map((_, a) => text($(a).text())).get()).toEqual(["Nghị định 9/2026/NĐ-CP", "Nghị định 3/2025/NĐ-CP", "Kế hoạch 5/KH-UBND", "Nghị định 1/2024/NĐ-CP"]);
    const facets = $(".facets a").map((_, a) => `${text($(a).text())} ${$(a).attr("href")}`).get();
    expect(facets).toEqual(
      expect.arrayContaining([
        "Nghị định /van-ban/loai/nghi-dinh/",
        "Kế hoạch /van-ban/loai/ke-hoach/",
        "Chính phủ /van-ban/co-quan/chinh-phu/",
        "Ủy ban nhân dân tỉnh Tuyên Quang /van-ban/co-quan/uy-ban-nhan-dan-tinh-tuyen-quang/",
        "2026 /van-ban/nam/2026/",
        "Chưa có hiệu lực /van-ban/hieu-luc/chua-co-hieu-luc/",
        "Hết hiệu lực một phần /van-ban/hieu-luc/het-hieu-luc-mot-phan/",
      ]),
    );
    // Each card carries its values for the in-place filter.
    const card = $("[data-filter-item]").filter((_, li) => $(li).find("a").text().includes("1/2024")).first();
    expect(card.attr("data-hieu-luc")).toBe("het-hieu-luc-mot-phan");
    expect(card.attr("data-loai")).toBe("nghi-dinh");
  });

  it("a filter page without JavaScript shows only its documents, and marks its link as current", () => {
    const $ = site.page("/van-ban/hieu-luc/chua-co-hieu-luc/");
    expect($(".card-title a").map((_, a) => text($(a).text())).get()).toEqual(["Nghị định 9/2026/NĐ-CP"]);
    expect($('.facets a[aria-current="page"]').attr("href")).toBe("/van-ban/hieu-luc/chua-co-hieu-luc/");
    expect(site.page("/van-ban/loai/ke-hoach/")(".card-title a").length).toBe(1);
  });

  it("a document page: title, citation line, files with type and size, and its status with what acts on it", () => {
    const $ = site.page("/van-ban/nd-1-2024/");
    expect(text($("h1").text())).toBe("Nghị định 1/2024/NĐ-CP");
    expect(text($("#trich-dan-van-ban").text())).toBe("Nghị định số 1/2024/NĐ-CP ngày 05/01/2024 của Chính phủ quy định thí điểm hỗ trợ doanh nghiệp áp dụng 5S");
    expect(text($(".attachments li").text())).toMatch(/^Toàn văn \(PDF, \d+ B\)$/);
    expect(status($)).toBe("Hết hiệu lực một phần");
    const notes = $(".effect-note li").map((_, li) => text($(li).text())).get();
    expect(notes).toEqual(["Văn bản bị bãi bỏ một phần (Điều 3) bởi Nghị định 3/2025/NĐ-CP, từ ngày 01/06/2025.", "Sắp bị thay thế bởi Nghị định 9/2026/NĐ-CP, từ ngày 01/01/2027."]);
    expect($(".effect-note a").first().attr("href")).toBe("/van-ban/nd-3-2025/");
  });

  it("shows every relation from both ends", () => {
    const groups = ($: CheerioAPI) => Object.fromEntries($(".relations > div").map((_, div) => [[text($(div).find("dt").text()), $(div).find("dd a").map((_, a) => $(a).attr("href")).get().join(" ")]]).get());
    expect(groups(site.page("/van-ban/nd-1-2024/"))).toEqual({
      "Bị thay thế bởi": "/van-ban/nd-9-2026/",
      "Được sửa đổi, bổ sung bởi": "/van-ban/nd-3-2025/",
      "Bị bãi bỏ một phần bởi": "/van-ban/nd-3-2025/",
      "Được hướng dẫn thi hành bởi": "/van-ban/kh-5-ubnd/",
    });
    expect(groups(site.page("/van-ban/nd-3-2025/"))).toEqual({
      "Sửa đổi, bổ sung": "/van-ban/nd-1-2024/",
      "Bãi bỏ một phần": "/van-ban/nd-1-2024/",
      "Được làm căn cứ cho": "/van-ban/nd-9-2026/",
    });
    expect(groups(site.page("/van-ban/nd-9-2026/"))).toEqual({ "Căn cứ": "/van-ban/nd-3-2025/", "Thay thế": "/van-ban/nd-1-2024/" });
    expect(groups(site.page("/van-ban/kh-5-ubnd/"))).toEqual({ "Hướng dẫn thi hành": "/van-ban/nd-1-2024/" });
  });

  it("an activity that names a document links to it, and the document lists it back", () => {
    const $ = site.page("/tin-tuc/2026-03-tap-huan/");
    expect($('.facts a[href="/van-ban/nd-9-2026/"]').text()).toBe("Nghị định 9/2026/NĐ-CP");
    expect(site.page("/van-ban/nd-9-2026/")("#nhac-den ~ ul a").map((_, a) => site.page("/van-ban/nd-9-2026/")(a).attr("href")).get()).toEqual(["/tin-tuc/2026-03-tap-huan/"]);
  });

  it("a question that names the document is linked from it", () => {
    const $ = site.page("/van-ban/nd-1-2024/");
    expect($("#nhac-den ~ ul a").map((_, a) => $(a).attr("href")).get()).toEqual(["/hoi-dap/dang-ky/"]);
  });

  it("JSON-LD: Legislation for a decree, with its identifier, authority, force and changes; DigitalDocument for a plan", () => {
    const [decree] = jsonLd(site.page("/van-ban/nd-9-2026/"));
    expect(decree).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Legislation",
      name: "Nghị định 9/2026/NĐ-CP",
      legislationIdentifier: "9/2026/NĐ-CP",
      legislationType: "Nghị định",
      legislationDate: "2026-11-01",
      legislationDateOfApplicability: "2027-01-01",
      legislationLegalForce: "https://schema.org/NotInForce",
      legislationPassedBy: { "@type": "GovernmentOrganization", name: "Chính phủ" },
      inLanguage: "vi",
    });
    expect((decree!.legislationChanges as { url: string }[]).map((c) => c.url)).toEqual(["https://nangsuat.example.gov.vn/van-ban/nd-1-2024/"]);
    expect((decree!.isBasedOn as { "@type": string }[])[0]!["@type"]).toBe("Legislation");
    const [old] = jsonLd(site.page("/van-ban/nd-1-2024/"));
    expect(old).toMatchObject({ legislationLegalForce: "https://schema.org/PartiallyInForce", creator: { name: "Nguyễn Văn A", jobTitle: "Phó Thủ tướng" }, sameAs: "https://vbpl.example.gov.vn/1-2024" });
    expect((old!.associatedMedia as { encodingFormat: string }[])[0]!.encodingFormat).toBe("PDF");
    const [plan] = jsonLd(site.page("/van-ban/kh-5-ubnd/"));
    expect(plan!["@type"]).toBe("DigitalDocument");
    expect(plan).not.toHaveProperty("legislationIdentifier");
    expect(plan!.author).toMatchObject({ name: "Ủy ban nhân dân tỉnh Tuyên Quang", url: "https://nangsuat.example.gov.vn/co-quan/ubnd-tuyen-quang/" });
  });

  it("open data: documents.json validates against its published schema (Ajv) and the CSV parses to the same records", () => {
    const json = JSON.parse(site.file("/api/documents.json")) as { $schema: string; count: number; documents: Record<string, unknown>[] };
    const schema = JSON.parse(site.file("/api/documents.schema.json")) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.$schema).toBe(schema.$id);
    expect(json.count).toBe(4);
    const old = json.documents.find((d) => d.id === "nd-1-2024")!;
    expect(old).toMatchObject({ number: "1/2024/NĐ-CP", status: "partly-expired", statusLabel: "Hết hiệu lực một phần", effective: "2024-02-01" });
    expect(old.partlyRepeals).toEqual([]);
    expect(json.documents.find((d) => d.id === "nd-3-2025")!.partlyRepeals).toEqual([{ id: "nd-1-2024", number: "1/2024/NĐ-CP", url: "https://nangsuat.example.gov.vn/van-ban/nd-1-2024/", part: "Điều 3" }]);

    const csv = site.file("/api/documents.csv");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(json.documents.map((d) => d.id));
    expect(rows.find((r) => r.id === "nd-9-2026")).toMatchObject({ number: "9/2026/NĐ-CP", status: "not-yet", replaces: "nd-1-2024", based_on: "nd-3-2025", effective: "2027-01-01" });
    expect(rows.find((r) => r.id === "kh-5-ubnd")).toMatchObject({ authority: "Ủy ban nhân dân tỉnh Tuyên Quang", provinces: "tuyen-quang", effective: "" });
  });

  it("/du-lieu-mo/ describes both files and links the schema", () => {
    const $ = site.page("/du-lieu-mo/");
    const hrefs = $("a").map((_, a) => $(a).attr("href")).get();
    expect(hrefs).toEqual(expect.arrayContaining(["/api/documents.json", "/api/documents.schema.json", "/api/documents.csv"]));
    expect(text($("main").text())).toContain("Thư viện văn bản (JSON)");
  });

  it("questions: grouped by first topic with anchors, each with its own page; FAQPage JSON-LD on the list, the topic pages and each question", () => {
    const $ = site.page("/hoi-dap/");
    const sections = $("main section").map((_, s) => [[text($(s).find("h2").first().contents().first().text()), $(s).find("article.question").map((_, a) => $(a).attr("id")).get()]]).get();
    expect(sections).toEqual([
      ["Công cụ 5S", ["dang-ky", "5s-la-gi"]],
      ["Kaizen – cải tiến liên tục", ["kaizen"]],
    ]);
    expect($("#dang-ky h3 a").attr("href")).toBe("/hoi-dap/dang-ky/");
    const [faq] = jsonLd($);
    expect(faq).toMatchObject({ "@type": "FAQPage" });
    const entities = faq!.mainEntity as { "@type": string; name: string; acceptedAnswer: { "@type": string; text: string } }[];
    expect(entities.map((q) => q.name)).toEqual(["Đăng ký khóa học thế nào?", "5S là gì?", "Kaizen là gì?"]);
    expect(entities[1]!.acceptedAnswer).toMatchObject({ "@type": "Answer", text: "Sàng lọc, sắp xếp, sạch sẽ, săn sóc, sẵn sàng." });
    // The topic page holds every question with that topic, main or not.
    const [kaizen] = jsonLd(site.page("/hoi-dap/chu-de/kaizen/"));
    expect((kaizen!.mainEntity as { name: string }[]).map((q) => q.name)).toEqual(["5S là gì?", "Kaizen là gì?"]);
    const one = site.page("/hoi-dap/dang-ky/");
    expect(text(one("h1").text())).toBe("Đăng ký khóa học thế nào?");
    expect((jsonLd(one)[0]!.mainEntity as unknown[]).length).toBe(1);
    expect(one("#doc-them ~ ul a").map((_, a) => one(a).attr("href")).get()).toEqual(["/van-ban/nd-1-2024/", "/huong-dan/ap-dung-5s/"]);
    expect(text(site.page("/hoi-dap/kaizen/")(".question-page .meta").first().text())).toContain("Cơ quan trả lời: Sở Khoa học và Công nghệ tỉnh Tuyên Quang");
  });

  it('"Đặt câu hỏi" writes to the address in data/site.yaml and says the site sends nothing itself', () => {
    const $ = site.page("/hoi-dap/");
    expect($(".ask a").first().attr("href")).toMatch(/^mailto:nangsuat@example\.gov\.vn\?subject=/);
    expect(text($(".ask").text())).toContain("trang không tự gửi hay lưu câu hỏi nào");
    expect($(".ask form, form[action*='hoi-dap']").length).toBe(0);
  });

  it("the menu, the sitemap and the search records include both kinds", () => {
    const $ = site.page("/");
    expect($(".site-nav a").map((_, a) => $(a).attr("href")).get()).toEqual(expect.arrayContaining(["/van-ban/", "/hoi-dap/"]));
    const sitemap = site.file("/sitemap.xml");
    for (const url of ["/van-ban/", "/van-ban/nd-1-2024/", "/van-ban/loai/nghi-dinh/", "/hoi-dap/", "/hoi-dap/kaizen/", "/hoi-dap/chu-de/5s/"]) expect(sitemap).toContain(`<loc>https://nangsuat.example.gov.vn${url}</loc>`);
    expect(sitemap).toContain("<loc>https://nangsuat.example.gov.vn/van-ban/nd-1-2024/</loc><lastmod>2024-01-05</lastmod>");
    expect(site.page("/van-ban/nd-1-2024/")('[data-pagefind-filter="loai"]').text()).toBe("Văn bản");
    expect(site.page("/hoi-dap/kaizen/")('[data-pagefind-filter="loai"]').text()).toBe("Hỏi đáp");
  });
});

describe("the computed status follows the build clock", () => {
  it("before the partial repeal: in force; after the replacement: out of force, naming the replacing document", async () => {
    const early = await buildAt("2025-01-01");
    expect(status(early.page("/van-ban/nd-1-2024/"))).toBe("Còn hiệu lực");
    expect(status(early.page("/van-ban/nd-3-2025/"))).toBe("Chưa có hiệu lực");
    const late = await buildAt("2027-01-02");
    const $ = late.page("/van-ban/nd-1-2024/");
    expect(status($)).toBe("Hết hiệu lực");
    expect($(".effect-note li").map((_, li) => text($(li).text())).get()).toContain("Văn bản bị thay thế bởi Nghị định 9/2026/NĐ-CP, từ ngày 01/01/2027.");
    expect(status(late.page("/van-ban/nd-9-2026/"))).toBe("Còn hiệu lực");
    const [ld] = jsonLd($);
    expect(ld!.legislationLegalForce).toBe("https://schema.org/NotInForce");
    expect((JSON.parse(late.file("/api/documents.json")) as { documents: { id: string; status: string }[] }).documents.find((d) => d.id === "nd-1-2024")!.status).toBe("expired");
    expect(late.page("/van-ban/hieu-luc/het-hieu-luc/")(".card-title a").map((_, a) => late.page("/van-ban/hieu-luc/het-hieu-luc/")(a).attr("href")).get()).toEqual(["/van-ban/nd-1-2024/"]);
  }, 180_000);
});
