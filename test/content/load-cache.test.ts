/**
 * The preview's incremental check (LoadCache): after each edit, a load that reuses the earlier
 * loads' work reports exactly what a full check of the same files reports, in the same order,
 * and gives the same store. So an edit in one file still shows what it breaks in another.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { LoadCache, loadContent } from "../../src/content/load.ts";
import { applyEdits, FIXTURES, makeProject, NOW, type Edits } from "../helpers/project.ts";
import { copyProject } from "../helpers/site.ts";

/** Loads `root` with the cache and without it; both must say and give the same. */
function sameAsFullCheck(root: string, cache: LoadCache, now = NOW, drafts = true) {
  const incremental = loadContent({ root, now, drafts, cache });
  const full = loadContent({ root, now, drafts });
  expect(incremental.diagnostics).toEqual(full.diagnostics);
  expect(incremental.store).toEqual(full.store);
  return full;
}

const codes = (r: ReturnType<typeof loadContent>) => r.diagnostics.map((d) => `${d.file} ${d.code}`);

describe("the preview's incremental check", () => {
  it("reports what a full check reports after each edit of the bundled content, cross-file problems included", () => {
    const root = copyProject();
    const cache = new LoadCache();
    const read = (rel: string) => readFileSync(join(root, rel), "utf8");
    const write = (edits: Edits) => applyEdits(root, edits);
    expect(sameAsFullCheck(root, cache).store).toBeDefined();

    const guide = "content/guidance/kaizen-cai-tien-lien-tuc.md";
    const agencies = "data/agencies.yaml";
    const calendar = "content/trainings/2026-tuyen-quang.yaml";
    const page = "content/pages/lien-he.md";
    const originals = Object.fromEntries([guide, agencies, calendar, page].map((f) => [f, read(f)]));
    const restore = () => write(originals);

    write({ [guide]: originals[guide]!.replace(/^title: .*$/m, "title: Kaizen mỗi ngày") });
    expect(sameAsFullCheck(root, cache).store?.guides.some((g) => g.title === "Kaizen mỗi ngày")).toBe(true);

    // An agency renamed, then deleted: files that did not change now name nothing.
    write({ [agencies]: originals[agencies]!.replace("- id: so-khcn-tuyen-quang\n", "- id: so-khcn-tq\n") });
    expect(codes(sameAsFullCheck(root, cache))).toContain("content/trainings/2026-tuyen-quang.yaml ref/unknown");
    write({ [agencies]: originals[agencies]!.replace(/- id: so-khcn-tuyen-quang-cu\n(.*\n)*?\n/, "") });
    expect(codes(sameAsFullCheck(root, cache))).toContain("content/plans/tuyen-quang-2022-2025.md ref/unknown");
    restore();
    expect(sameAsFullCheck(root, cache).diagnostics).toEqual([]);

    // A session id taken again in a new calendar, then the calendar removed.
    write({ "content/trainings/2028-tuyen-quang.yaml": originals[calendar]! });
    expect(codes(sameAsFullCheck(root, cache))).toContain("content/trainings/2028-tuyen-quang.yaml id/duplicate");
    write({ "content/trainings/2028-tuyen-quang.yaml": null });
    expect(sameAsFullCheck(root, cache).diagnostics).toEqual([]);

    // A link to a guide, and the guide deleted; then a broken calendar.
    write({ [page]: `${originals[page]}Xem [Kaizen](/huong-dan/kaizen-cai-tien-lien-tuc/).\n` });
    expect(sameAsFullCheck(root, cache).diagnostics).toEqual([]);
    write({ [guide]: null });
    expect(codes(sameAsFullCheck(root, cache))).toContain(`${page} link/missing`);
    write({ [calendar]: originals[calendar]!.replace("sessions:", "sessions: [") });
    expect(codes(sameAsFullCheck(root, cache))).toContain(`${calendar} yaml/syntax`);
    restore();
    expect(sameAsFullCheck(root, cache).diagnostics).toEqual([]);

    // A plan renamed (its id is its file name): the news that name it, and back.
    const plan = "content/plans/tuyen-quang-2022-2025.md";
    renameSync(join(root, plan), join(root, "content/plans/tuyen-quang-2022-2026.md"));
    expect(codes(sameAsFullCheck(root, cache)).some((c) => c.startsWith("content/news/") && c.endsWith("ref/unknown"))).toBe(true);
    renameSync(join(root, "content/plans/tuyen-quang-2022-2026.md"), join(root, plan));
    expect(sameAsFullCheck(root, cache).diagnostics).toEqual([]);

    // An attachment a plan lists, deleted; a new one added.
    const attachment = readdirSync(join(root, "content/files"))[0]!;
    const bytes = readFileSync(join(root, "content/files", attachment));
    rmSync(join(root, "content/files", attachment));
    write({ "content/files/moi.pdf": "%PDF-1.4" });
    expect(codes(sameAsFullCheck(root, cache)).some((c) => c.endsWith("ref/file-missing"))).toBe(true);
    writeFileSync(join(root, "content/files", attachment), bytes);

    // Another day, and without drafts: the same files, checked against a later clock.
    expect(sameAsFullCheck(root, cache, Date.parse("2028-01-15T09:00:00+07:00")).diagnostics.length).toBeGreaterThan(0);
    sameAsFullCheck(root, cache, NOW, false);
  });

  it("reports what a full check reports for every hostile case, put in and taken out again", { timeout: 300_000 }, () => {
    const project = makeProject();
    const cache = new LoadCache();
    sameAsFullCheck(project.root, cache);
    const hostile = join(FIXTURES, "hostile");
    for (const name of readdirSync(hostile)) {
      const files = readdirSync(join(hostile, name), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      const edits: Edits = {};
      const undo: Edits = {};
      for (const f of files) {
        const rel = relative(join(hostile, name), join(f.parentPath, f.name));
        edits[rel] = readFileSync(join(f.parentPath, f.name));
        undo[rel] = existsSync(project.path(rel)) ? readFileSync(project.path(rel)) : null;
      }
      applyEdits(project.root, edits);
      sameAsFullCheck(project.root, cache);
      applyEdits(project.root, undo);
      expect(sameAsFullCheck(project.root, cache).diagnostics, name).toEqual([]);
    }
  });
});
