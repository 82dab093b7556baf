/**
 * What a save writes: only the values the editor changed, into the original text. Comments,
 * blank lines, flow lists, quoting and the other sessions of a calendar stay byte for byte, and
 * whatever is written reads back as exactly what the editor sent.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { mergeMarkdown, mergeYaml, prune } from "../../src/editor/browser/merge.js";
import { REPO } from "../helpers/site.ts";

const calendar = readFileSync(join(REPO, "content/trainings/2026-tuyen-quang.yaml"), "utf8");
const agencies = readFileSync(join(REPO, "data/agencies.yaml"), "utf8");
/** Lines only in a and lines only in b, counting repeats. */
const lines = (a: string, b: string) => {
  const minus = (x: string[], y: string[]) => {
    const left = [...y];
    return x.filter((l) => {
      const i = left.indexOf(l);
      if (i < 0) return true;
      left.splice(i, 1);
      return false;
    });
  };
  return { removed: minus(a.split("\n"), b.split("\n")), added: minus(b.split("\n"), a.split("\n")) };
};

describe("mergeYaml", () => {
  it("writes an unchanged value back as the same bytes", () => {
    expect(mergeYaml(calendar, parse(calendar))).toBe(calendar);
    expect(mergeYaml(agencies, parse(agencies))).toBe(agencies);
  });

  it("cancels one session: its status and a new key, nothing else, the comment kept", () => {
    const data = parse(calendar);
    data.sessions[1].status = "cancelled";
    data.sessions[1].changes = [{ date: "2026-11-30", note: "Hủy do trùng lịch." }];
    const out = mergeYaml(calendar, data);
    expect(parse(out)).toEqual(data);
    expect(lines(calendar, out)).toEqual({ removed: ["    status: scheduled"], added: ["    status: cancelled", "    changes:", "      - date: 2026-11-30", "        note: Hủy do trùng lịch."] });
  });

  it("adds and removes sessions by id, and keeps a flow map's style when one value in it changes", () => {
    const data = parse(calendar);
    const [first] = data.sessions.splice(0, 1);
    data.sessions[0].venue.name = "Hội trường mới";
    data.sessions.push({ ...first, id: "tq-2027-01-moi", title: "Khóa mới" });
    const out = mergeYaml(calendar, data);
    expect(parse(out)).toEqual(data);
    expect(out.startsWith("# Lịch đào tạo năm 2026")).toBe(true);
    expect(out).toContain('venue: { name: Hội trường mới, address: "Phường Minh Xuân, tỉnh Tuyên Quang" }');
    expect(out).not.toContain("  - id: tq-2026-12-nhan-thuc-nang-suat\n");
    expect(out).toContain("  - id: tq-2027-01-moi\n");
  });

  it("edits one item of a data file that is a list at its root, its comments and blank lines kept", () => {
    const data = parse(agencies);
    data[2].url = "https://tuyenquang.gov.vn";
    const out = mergeYaml(agencies, data);
    expect(lines(agencies, out)).toEqual({ removed: [], added: ["  url: https://tuyenquang.gov.vn"] });
  });

  it("writes a new file afresh", () => {
    expect(mergeYaml("", { a: 1, b: ["x"] })).toBe("a: 1\nb:\n  - x\n");
  });
});

describe("mergeMarkdown and prune", () => {
  it("keeps the body byte for byte when only white space around it differs", () => {
    const original = "---\ntitle: A\nupdated: 2025-01-02\n---\n\nBody line.\n";
    expect(mergeMarkdown(original, { title: "B", updated: "2025-01-02", body: "Body line." })).toBe("---\ntitle: B\nupdated: 2025-01-02\n---\n\nBody line.\n");
  });

  it("drops what an empty form field leaves behind", () => {
    expect(prune({ a: "", b: null, c: [], d: {}, e: { f: "" }, g: 0, h: false, i: "x" })).toEqual({ g: 0, h: false, i: "x" });
  });
});
