/**
 * The Vietnamese search rules (src/search/search-words.js, re-exported by src/search/fold.ts),
 * on every word of the bundled content and on every letter with every tone, in NFC and NFD,
 * lower and upper case. The search page imports the same module: there is no second copy.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fold, hasDiacritics, MAX_D_PER_WORD, nfc, queryWords, spellings } from "../../src/search/fold.ts";
import { REPO } from "../helpers/site.ts";

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
const sample = [...contentWords, ...syllables];

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

describe("every word of the content and every syllable", () => {
  it(`folds, splits and spells the same in NFC and NFD, lower and upper case (${sample.length} words)`, () => {
    expect(sample.length).toBeGreaterThan(2_000);
    const differ: string[] = [];
    for (const w of sample) {
      const lower = w.toLowerCase();
      for (const form of [w.normalize("NFD"), w.toUpperCase(), w.normalize("NFD").toUpperCase()]) {
        if (fold(form) !== fold(lower)) differ.push(`fold ${form}`);
        if (hasDiacritics(form) !== hasDiacritics(w)) differ.push(`hasDiacritics ${form}`);
        if (JSON.stringify(queryWords(form)) !== JSON.stringify(queryWords(lower))) differ.push(`queryWords ${form}`);
      }
      for (const q of queryWords(w)) if (!spellings(q).every((s) => fold(s) === fold(q))) differ.push(`spellings ${q}`);
    }
    expect(differ).toEqual([]);
  });
});

describe("the search page", () => {
  it("imports these rules and keeps no copy of them", () => {
    const script = readFileSync(join(REPO, "layouts/assets/search.js"), "utf8");
    expect(script).toMatch(/^import \{[^}]*\bfold\b[^}]*\} from "\.\/search-words\.js";$/m);
    expect(script).not.toMatch(/function (fold|hasDiacritics|queryWords|spellings)\b/);
  });
});
