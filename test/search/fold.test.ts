/**
 * The Vietnamese search rules (src/search/fold.ts), and the copy the browser runs
 * (layouts/assets/search.js) agreeing with them on every word of the bundled content and on
 * every letter with every tone, in NFC and NFD, lower and upper case.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fold, hasDiacritics, MAX_D_PER_WORD, nfc, queryWords, spellings } from "../../src/search/fold.ts";
import { loadSearchScript } from "../../src/search/node.ts";
import { REPO } from "../helpers/site.ts";

const browser = loadSearchScript();

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(md|ya?ml)$/.test(name) ? [path] : [];
  });
}

/** Every word of the bundled content and data, as typed there. */
const contentWords = [...new Set([...textFiles(join(REPO, "content")), ...textFiles(join(REPO, "data"))].flatMap((f) => readFileSync(f, "utf8").split(/\s+/)))].filter(Boolean);

/** Every Vietnamese vowel with every tone, đ/Đ, d/D, in NFC and NFD, lower and upper case. */
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const syllables = VOWELS.flatMap((v) => TONES.flatMap((t) => ["đ", "d", "Đ", "D", "ng", "tr"].map((c) => nfc(`${c}${v}${t}`))));
const sample = [...contentWords, ...syllables].flatMap((w) => [w, w.normalize("NFD"), w.toUpperCase(), w.normalize("NFD").toUpperCase()]);

describe("fold", () => {
  it("ignores tone marks, the marks of ă â ê ô ơ ư, đ, case and the normal form", () => {
    expect(fold("Đào tạo năng suất")).toBe("dao tao nang suat");
    expect(fold("ĐÀO TẠO NĂNG SUẤT")).toBe("dao tao nang suat");
    expect(fold("Đào tạo năng suất".normalize("NFD"))).toBe("dao tao nang suat");
    expect(fold("Quảng Nam, Đà Nẵng")).toBe("quang nam, da nang");
    expect(fold("ưu tiên ơn ôn ân ăn ê")).toBe("uu tien on on an an e");
  });

  it("keeps distinct what differs without diacritics", () => {
    expect(fold("đường")).toBe(fold("dương"));
    expect(fold("đường")).not.toBe(fold("đuôi"));
  });
});

describe("hasDiacritics", () => {
  it("is true for a tone mark, ă â ê ô ơ ư or đ, in any normal form", () => {
    for (const w of ["dầu", "đ", "Đ", "ăn", "tạo", "tạo".normalize("NFD"), "ĐÀO"]) expect(hasDiacritics(w), w).toBe(true);
    for (const w of ["dau", "dao", "ISO", "56000", "d"]) expect(hasDiacritics(w), w).toBe(false);
  });
});

describe("queryWords", () => {
  it("gives NFC lower-case words without the punctuation Pagefind drops", () => {
    expect(queryWords("  Đào   TẠO ")).toEqual(["đào", "tạo"]);
    expect(queryWords("đào tạo".normalize("NFD"))).toEqual(["đào", "tạo"]);
    expect(queryWords('"năng suất"')).toEqual(["năng", "suất"]);
    expect(queryWords("ISO-9001:2015, (VietGAP)")).toEqual(["iso90012015", "vietgap"]);
    expect(queryWords("dao_tao …")).toEqual(["dao_tao"]);
    expect(queryWords(" , ")).toEqual([]);
  });
});

describe("spellings", () => {
  it("reads each d as d or đ, the typed spelling first", () => {
    expect(spellings("dang")).toEqual(["dang", "đang"]);
    expect(spellings("tao")).toEqual(["tao"]);
    expect(spellings("đào")).toEqual(["đào"]);
    expect(spellings("dudoan")).toEqual(["dudoan", "đudoan", "duđoan", "đuđoan"]);
  });

  it(`varies at most ${MAX_D_PER_WORD} d per word`, () => {
    expect(spellings("dddd")).toHaveLength(2 ** MAX_D_PER_WORD);
    expect(spellings("dddd").every((s) => s.endsWith("dd"))).toBe(true);
  });
});

describe("the browser's copy (layouts/assets/search.js)", () => {
  it(`agrees with src/search/fold.ts on ${sample.length} words of the content and syllables`, () => {
    expect(sample.length).toBeGreaterThan(10_000);
    const differ: string[] = [];
    for (const w of sample) {
      if (browser.fold(w) !== fold(w)) differ.push(`fold ${w}`);
      if (browser.hasDiacritics(w) !== hasDiacritics(w)) differ.push(`hasDiacritics ${w}`);
      if (JSON.stringify(browser.queryWords(w)) !== JSON.stringify(queryWords(w))) differ.push(`queryWords ${w}`);
      for (const q of queryWords(w)) if (JSON.stringify(browser.spellings(q)) !== JSON.stringify(spellings(q))) differ.push(`spellings ${q}`);
    }
    expect(differ).toEqual([]);
  });

  it("agrees on whole queries too", () => {
    const queries = ["Đào tạo năng suất", "dao tao nang suat", "ISO 56000", '"truy xuất nguồn gốc"', "vietgap quang nam", "ĐĂNG KÝ".normalize("NFD")];
    for (const q of queries) expect(browser.queryWords(q), q).toEqual(queryWords(q));
  });
});
