/**
 * What makes a plan or session page look broken or careless to a first-time reader, read
 * back from the built bundled site: placeholders in official fields, a successor note that
 * repeats the same name, a heading twice, "not yet met" after a plan has ended, an online
 * meeting link shown to everyone after registration closed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { planEnded, verdictLabel } from "../../src/site/progress.ts";
import type { PlanItem } from "../../src/store.ts";
import { build, copyProject, facts, page, text } from "../helpers/site.ts";

const PLANS = ["/ke-hoach/tuyen-quang-2022-2025/", "/ke-hoach/quang-nam-2022-2025/"];
/** The start of each plan's general objective (its `objective` key). */
const OBJECTIVES: Record<string, string> = { [PLANS[0]!]: "Hỗ trợ các doanh nghiệp trên địa bàn", [PLANS[1]!]: "Đẩy nhanh việc hỗ trợ tổ chức, doanh nghiệp" };

let outDir: string;

beforeAll(async () => {
  const built = await build(copyProject());
  expect(built.result.ok).toBe(true);
  outDir = built.outDir;
});

describe("plan pages", () => {
  it("leave out an official field that is not published, instead of a placeholder", () => {
    for (const url of PLANS) {
      const $ = page(outDir, url);
      expect(text($("main").text()), url).not.toContain("Chưa cập nhật văn bản gốc");
      // Left out, or said once, plainly, that the number is not published here.
      const number = facts($, ".doc-header .facts")["Số, ký hiệu"];
      if (number !== undefined) expect(number, url).toMatch(/không được|chưa (được )?(đăng|công bố)/);
    }
  });

  it("never follow an agency's name with the same name as its successor; say what changed instead", () => {
    for (const url of PLANS) {
      const $ = page(outDir, url);
      const header = text($(".doc-header").text());
      expect(header, url).not.toMatch(/(\S[^()]*?) \((?:nay là|nay do) \1\)/);
      // Two parentheses in a row read as a stammer.
      expect(header, url).not.toMatch(/\) \(/);
    }
    const lead = facts(page(outDir, PLANS[0]!), ".doc-header .facts")["Cơ quan đầu mối"];
    // One parenthesis: what changed, then the province's page; never two in a row.
    expect(lead).toBe("Sở Khoa học và Công nghệ tỉnh Tuyên Quang (cơ quan được tổ chức lại từ ngày 01/03/2025; trang tỉnh Tuyên Quang)");
  });

  it('show "Mục tiêu chung" once', () => {
    for (const url of PLANS) {
      const $ = page(outDir, url);
      const headings = $("main h2, main h3")
        .map((_, h) => text($(h).text()))
        .get()
        .filter((t) => t === "Mục tiêu chung");
      expect(headings, url).toEqual(["Mục tiêu chung"]);
      // The objective itself is still on the page.
      expect(text($("main").text()), url).toContain(OBJECTIVES[url]);
    }
  });

  it('say that an ended plan has ended, and judge each target "Đạt" or "Không đạt" with its final figure', () => {
    for (const url of [...PLANS, "/"]) {
      const $ = page(outDir, url);
      expect($(".plan-ended").length, url).toBeGreaterThan(0);
      expect(text($(".plan-ended").first().text()), url).toContain("Kế hoạch đã kết thúc");
      const rows = $("table.targets tbody tr");
      expect(rows.length, url).toBeGreaterThan(0);
      rows.each((_, row) => {
        const verdict = text($(row).find(".met, .not-met").text());
        expect(["Đạt", "Không đạt"], `${url} ${$(row).attr("id")}`).toContain(verdict);
        expect(text($(row).find(".reached .value").text()), `${url} ${$(row).attr("id")}`).toMatch(/\d/);
      });
      expect(text($("table.targets").text()), url).not.toMatch(/Chưa đạt|Đã đạt/);
    }
    const $ = page(outDir, PLANS[0]!);
    expect(text($("#chi-tieu-dao-tao-500-luot .not-met").text())).toBe("Không đạt");
    expect(text($("#chi-tieu-dao-tao-500-luot .value").text())).toBe("486 lượt người");
    expect(text($("#chi-tieu-ho-tro-30-doanh-nghiep .met").text())).toBe("Đạt");
  });

  it("a plan still running keeps 'Đã đạt' / 'Chưa đạt' and no ended note", () => {
    const running = { status: "in-force", period: { from: 2026, to: 2030 } } as PlanItem;
    expect(planEnded(running, "2026-11-29")).toBe(false);
    expect(planEnded({ ...running, period: { from: 2022, to: 2025 } }, "2026-11-29")).toBe(true);
    expect(planEnded({ ...running, status: "completed" }, "2026-11-29")).toBe(true);
    expect([verdictLabel(true, false), verdictLabel(false, false), verdictLabel(true, true), verdictLabel(false, true)]).toEqual(["Đã đạt", "Chưa đạt", "Đạt", "Không đạt"]);
  });
});

describe("online meeting links", () => {
  const CLOSED = "tq-2026-12-iso-56000"; // hybrid, registration closed on 25/11/2026
  const OPEN = "tt-2026-12-ocop-truy-xuat"; // online, registration open until 01/12/2026
  const link = (id: string) => `https://hop.example.gov.vn/${id}`;

  it("are shown while registration is open", () => {
    const $ = page(outDir, `/dao-tao/${OPEN}/`);
    expect($(`main a[href="${link(OPEN)}"]`).length).toBe(1);
  });

  it("are not published once registration has closed: not on the page, in its calendar file, its structured data or the open data", () => {
    const html = readFileSync(join(outDir, `dao-tao/${CLOSED}/index.html`), "utf8");
    expect(html).toContain("Đã hết hạn đăng ký");
    expect(html).not.toContain(link(CLOSED));
    const ics = readFileSync(join(outDir, `dao-tao/${CLOSED}.ics`), "utf8");
    expect(ics.replace(/\r?\n[ \t]/g, "")).not.toContain(link(CLOSED));
    expect(readFileSync(join(outDir, "api/trainings.json"), "utf8")).not.toContain(link(CLOSED));
    expect(readFileSync(join(outDir, "api/trainings.csv"), "utf8")).not.toContain(link(CLOSED));
  });

  it("are shown after registration closed when the editor marks the link public (onlineUrlPublic: true)", async () => {
    const file = "content/trainings/2026-tuyen-quang.yaml";
    const root = copyProject();
    const yaml = readFileSync(join(root, file), "utf8").replace(`    onlineUrl: ${link(CLOSED)}\n`, `    onlineUrl: ${link(CLOSED)}\n    onlineUrlPublic: true\n`);
    expect(yaml).toContain("onlineUrlPublic: true");
    const built = await build(copyProject({ [file]: yaml }));
    expect(built.result.ok).toBe(true);
    const $ = page(built.outDir, `/dao-tao/${CLOSED}/`);
    expect($(`main a[href="${link(CLOSED)}"]`).length).toBe(1);
  });
});
