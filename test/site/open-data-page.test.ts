/**
 * /du-lieu-mo/ as a citizen or journalist reads it, from the built bundled site: what the data
 * is and the downloads (with size and date) first, the licence named plainly, how to open the
 * CSV in Excel, and the field reference last, collapsed per file. The licence named in
 * data/site.yaml is the one on the page, in the footer and in the JSON files.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { formatBytes } from "../../layouts/components/ui.tsx";
import { build, copyProject, page, REPO, text } from "../helpers/site.ts";

let outDir: string;
const site = parse(readFileSync(join(REPO, "data/site.yaml"), "utf8")) as { license?: { name: string; url: string } };

beforeAll(async () => {
  const built = await build(copyProject());
  expect(built.result.ok).toBe(true);
  outDir = built.outDir;
});

describe("/du-lieu-mo/", () => {
  it("leads with the downloads, the licence and how to open the CSV in Excel; the field reference comes last", () => {
    const $ = page(outDir, "/du-lieu-mo/");
    const sections = $("main h2").map((_, h) => text($(h).text())).get();
    expect(sections.slice(0, 3)).toEqual(["Tải về", "Giấy phép", "Mở tệp CSV bằng Excel"]);
    expect(sections.at(-1)).toBe("Mô tả các trường (cho người lập trình)");
    // What the data is, in the lead, before anything else.
    expect(text($(".page-header .lead").text())).toMatch(/Lịch các khóa đào tạo.*kế hoạch.*tải về/);
    expect(text($("#mo-bang-excel").parent().text())).toMatch(/Data › From Text\/CSV.*65001: Unicode \(UTF-8\)/);
  });

  it("gives every download its real size and the date of the data", () => {
    const $ = page(outDir, "/du-lieu-mo/");
    const items = $("#tai-ve").parent().find(".downloads > li");
    expect(items.length).toBe(5);
    items.each((_, li) => {
      const href = $(li).find("a.button").attr("href")!;
      const bytes = statSync(join(outDir, href)).size;
      expect(text($(li).find(".meta").text()), href).toBe(`${href.split("/").pop()} · ${formatBytes(bytes)} · cập nhật 29/11/2026`);
    });
    expect(items.find('a[href="/api/trainings.csv"]').length).toBe(1);
  });

  it("names the licence of data/site.yaml on the page, in the footer and in the JSON files", () => {
    expect(site.license?.name).toBeTruthy();
    const $ = page(outDir, "/du-lieu-mo/");
    const onPage = $(".license a[rel~=license]");
    expect(text(onPage.text())).toBe(site.license!.name);
    expect(onPage.attr("href")).toBe(site.license!.url);
    const home = page(outDir, "/");
    expect(home(`footer a[rel~=license][href="${site.license!.url}"]`).length).toBe(1);
    for (const file of ["api/trainings.json", "api/plans.json"]) {
      const json = JSON.parse(readFileSync(join(outDir, file), "utf8"));
      expect(json.license, file).toEqual({ name: site.license!.name, url: site.license!.url });
    }
  });

  it("keeps each file's field table collapsed in its own block, labelled and scrollable", () => {
    const $ = page(outDir, "/du-lieu-mo/");
    expect($("main table").length).toBe(5);
    $("main table").each((_, t) => {
      const details = $(t).closest("details.field-reference");
      expect(details.length).toBe(1);
      expect(details.attr("open")).toBeUndefined();
      expect(text(details.find("summary").text())).toMatch(/^Các trường của .+ \(\d+ trường\)$/);
      expect($(t).parent().is('.table-scroll[role="group"][tabindex="0"]')).toBe(true);
    });
  });
});
