/**
 * The rules of src/search/search-words.js on their own, with small vocabularies written
 * here: spelling pairs, joins and splits, dropping an unknown word, suggestions and their edit
 * distance, the vocabulary file, and excerpts cut at sentence boundaries. The same module runs
 * in the search page (test/e2e/search-variants.test.ts drives it there).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  editDistance,
  excerpt,
  maxEdits,
  MAX_SUGGESTIONS,
  parseVocabulary,
  queryTokens,
  respellings,
  siteForms,
  suggestions,
  textWords,
  unknownWords,
  variants,
  vocabularyText,
  wordCounts,
  type Excerpt,
} from "../../layouts/assets/search-words.js";

/** A vocabulary from a few sentences, as the build makes one from the index. */
const vocab = (...texts: string[]) => parseVocabulary(vocabularyText(texts));

const SITE = vocab(
  "Năng suất xanh cho doanh nghiệp. Sản xuất thông minh. Chương trình chuyển đổi số. Giảng viên năng suất.",
  "Kaizen – cải tiến liên tục. Áp dụng 5S. ISO 9001:2015 và ISO 56000. Lean Six Sigma. VietGAP. OCOP.",
  "Đào tạo giảng viên. Hà Giang, Tuyên Quang. Nông nghiệp hữu cơ TCVN 11041-1:2017.",
);

const queries = (q: string) => variants(q, SITE).map((v) => v.query);

describe("respellings", () => {
  it("swaps the initial consonants readers confuse: s/x, ch/tr, d/gi/r, l/n", () => {
    expect(respellings("xuat")).toEqual(["suat"]);
    expect(respellings("suat")).toEqual(["xuat"]);
    expect(respellings("truong")).toEqual(["chuong"]);
    expect(respellings("chat")).toEqual(["trat"]);
    expect(respellings("dang")).toEqual(["giang", "rang"]);
    expect(respellings("giang")).toEqual(["dang", "rang"]);
    expect(respellings("rang")).toEqual(["dang", "giang"]);
    expect(respellings("lang")).toEqual(["nang"]);
    expect(respellings("nang")).toEqual(["lang"]);
  });

  it("keeps one i where gi meets i, and leaves nh, ng and other consonants alone", () => {
    expect(respellings("gin")).toEqual(["din", "rin"]);
    expect(respellings("din")).toEqual(["gin", "rin"]);
    expect(respellings("nhan")).toEqual([]);
    expect(respellings("nguon")).toEqual([]);
    expect(respellings("thong")).toEqual([]);
    expect(respellings("an")).toEqual([]);
  });
});

describe("variants", () => {
  it("never proposes the query as typed, and proposes nothing for words all in place", () => {
    expect(queries("năng suất xanh")).not.toContain("nang suat xanh");
    expect(variants("kaizen", SITE)).toEqual([]);
  });

  it("swaps a spelling pair only into a word of the index", () => {
    expect(queries("nang xuat")).toContain("nang suat");
    expect(queries("truyển đổi số")).toContain("chuyen doi so");
    expect(queries("dảng viên")[0]).toBe("giang vien");
    expect(queries("lăng suất")).toContain("nang suat");
    // "xanh" → "sanh" is no word of this site.
    expect(queries("nang suat xanh").some((q) => q.includes("sanh"))).toBe(false);
  });

  it("joins neighbours and splits words where letters meet digits, at punctuation, or into two words", () => {
    expect(queries("kai zen")[0]).toBe("kaizen");
    expect(queries("5 S")[0]).toBe("5s");
    expect(queries("ISO9001")[0]).toBe("iso 9001");
    expect(queries("ISO-9001")[0]).toBe("iso 9001");
    expect(queries("sixsigma")[0]).toBe("six sigma");
    expect(queries("nangsuat xanh")[0]).toBe("nang suat xanh");
    expect(queries("TCVN11041")[0]).toBe("tcvn 11041");
  });

  it("drops at most one word the index does not hold, after any cheaper fix", () => {
    const [first] = variants("kaizen blockchain", SITE);
    expect(first).toMatchObject({ query: "kaizen", dropped: ["blockchain"], kinds: ["drop"] });
    expect(variants("blockchain metaverse", SITE)).toEqual([]);
    expect(variants("kai zen blockchain", SITE)[0]).toMatchObject({ query: "kaizen", dropped: ["blockchain"] });
    // A word still being typed ("kaiz") is the start of a word of the index: kept, not dropped.
    expect(unknownWords("kaiz", SITE)).toEqual([]);
  });

  it("orders variants cheapest first and labels them as the site writes the words", () => {
    const all = variants("nang xuat", SITE);
    expect(all.map((v) => v.cost)).toEqual([...all.map((v) => v.cost)].sort((a, b) => a - b));
    expect(all[0]).toMatchObject({ query: "nang suat", label: "năng suất", kinds: ["spelling"] });
  });

  it("reads a query's words and their punctuation-separated parts", () => {
    expect(queryTokens("ISO 9001:2015, O.C.O.P")).toEqual([
      { word: "iso", parts: ["iso"] },
      { word: "90012015", parts: ["9001", "2015"] },
      { word: "ocop", parts: ["o", "c", "o", "p"] },
    ]);
  });
});

describe("suggestions", () => {
  it("offer the nearest words of the index for a word it does not hold", () => {
    expect(suggestions("kaizne", SITE)[0]).toEqual({ query: "kaizen", replaced: "kaizne", by: "kaizen" });
    expect(suggestions("nang suat xanh kaizne", SITE)[0]?.query).toBe("nang suat xanh kaizen");
    expect(suggestions("vietgpa", SITE)[0]?.by).toBe("vietgap");
    expect(suggestions("kaizne", SITE).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it("offer nothing for nonsense, or for words the index holds", () => {
    expect(suggestions("blockchain", SITE)).toEqual([]);
    expect(suggestions("qwzxv", SITE)).toEqual([]);
    expect(suggestions("asdfgh jklmnb", SITE)).toEqual([]);
    expect(suggestions("kaizen", SITE)).toEqual([]);
  });

  it("stay within the edit distance allowed for the word's length", () => {
    expect([maxEdits("abc"), maxEdits("abcd"), maxEdits("abcde"), maxEdits("abcdef")]).toEqual([0, 1, 1, 2]);
    // "xyz" is one letter from nothing here, and words of three letters get no suggestion at all.
    expect(suggestions("leam", SITE)[0]?.by).toBe("lean");
    expect(suggestions("lea", SITE)).toEqual([]);
    for (const s of suggestions("sigmma tiiến", SITE)) expect(editDistance(s.replaced, s.by, 2)).toBeLessThanOrEqual(2);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, changes and swaps of neighbours, up to a bound", () => {
    expect(editDistance("kaizen", "kaizen", 2)).toBe(0);
    expect(editDistance("kaizne", "kaizen", 2)).toBe(1);
    expect(editDistance("ocopp", "ocop", 2)).toBe(1);
    expect(editDistance("lean", "clean", 2)).toBe(1);
    expect(editDistance("sigma", "sgima", 2)).toBe(1);
    expect(editDistance("sigma", "sigmaxy", 2)).toBe(2);
    expect(editDistance("blockchain", "kaizen", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("the vocabulary", () => {
  it("holds each folded word once, as the site most often writes it, most frequent first", () => {
    const text = vocabularyText(["Đào tạo, đào tạo; dao kéo. Năng suất NĂNG SUẤT", "đào"]);
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("đào");
    expect(lines).toEqual(expect.arrayContaining(["tạo", "năng", "suất"]));
    expect(lines.filter((l) => l === "dao" || l === "đào")).toEqual(["đào"]);
    const v = parseVocabulary(text);
    expect(v.has("dao")).toBe(true);
    expect(v.form("dao")).toBe("đào");
    expect(v.known("nan")).toBe(true);
    expect(v.known("xyz")).toBe(false);
    expect(v.size).toBe(lines.length);
  });

  it("counts words as the index does: without punctuation, whole and in parts, no addresses or long numbers", () => {
    expect(textWords("ISO-9001 (VietGAP), 5S.")).toEqual(["iso9001", "iso", "9001", "vietgap", "5s"]);
    // "90012015" and "15092025" run more than six digits together: dates and codes, not search words.
    expect(textWords("ISO 9001:2015")).toEqual(["iso", "9001", "2015"]);
    expect(textWords("nangsuat@example.gov.vn https://example.vn 0912345678 15/09/2025")).toEqual(["15", "09", "2025"]);
  });

  it("counts a bundle's words as counting the words of each text one by one would, in the same order", () => {
    const piece = fc.constantFrom("Năng", "suất", "năng", "ISO-9001", "iso", "5S.", "(VietGAP),", "a@b.vn", "https://x.vn", "0912345678", "\uFEFF", " ", "\n", "\t", "e\u0301", "—");
    const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
        const oneByOne = new Map<string, number>();
        for (const t of texts) for (const w of textWords(t)) oneByOne.set(w, (oneByOne.get(w) ?? 0) + 1);
        expect([...wordCounts(texts)]).toEqual([...oneByOne]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("siteForms", () => {
  it("writes words as the page found writes them, preferring the words found", () => {
    expect(siteForms(["giang", "vien"], "Tỉnh Hà Giang. Lớp bồi dưỡng giảng viên", [5, 6])).toEqual(["giảng", "viên"]);
    expect(siteForms(["giang"], "Tỉnh Hà Giang. Lớp giảng viên")).toEqual(["giang"]);
    expect(siteForms(["kaizen", "xyz"], "Áp dụng Kaizen.")).toEqual(["kaizen", "xyz"]);
  });
});

describe("excerpt", () => {
  const text = (e: Excerpt) => `${e.lead ? "… " : ""}${e.parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("")}${e.trail ? "…" : ""}`;
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `từ${from + i}`).join(" ");

  it("starts at the sentence holding the words found and ends at a sentence's end", () => {
    const content = `${words(20)}. Sở Khoa học và Công nghệ tỉnh Tuyên Quang tổ chức lớp đào tạo năng suất. ${words(40, 100)}.`;
    const at = content.split(" ").indexOf("đào");
    const e = excerpt(content, [at, at + 1], 20);
    expect(text(e)).toBe("Sở Khoa học và Công nghệ tỉnh Tuyên Quang tổ chức lớp [đào] [tạo] năng suất.");
    expect(e.lead).toBe(false);
    expect(e.trail).toBe(false);
  });

  it("cuts a sentence too long to show whole at a word, with an ellipsis on each side", () => {
    const content = `${words(60)} mục tiêu ${words(60, 100)}`;
    const at = content.split(" ").indexOf("mục");
    const e = excerpt(content, [at], 20);
    expect(e.lead).toBe(true);
    expect(e.trail).toBe(true);
    expect(text(e)).toMatch(/^… từ\d+ .*\[mục\] tiêu .*từ\d+…$/);
  });

  it("prefers a comma to cutting mid-clause, and drops the comma it ends on", () => {
    const content = `${words(30)} kế hoạch, ${words(4, 200)} năng suất ${words(3, 300)}, ${words(40, 400)}`;
    const at = content.split(" ").indexOf("năng");
    const e = excerpt(content, [at], 12);
    expect(text(e).startsWith("… từ200")).toBe(true);
    expect(text(e)).toMatch(/từ302…$/);
  });

  it("marks the words found without their punctuation, and keeps every other character as text", () => {
    const e = excerpt("Áp dụng (Kaizen), cải tiến <liên> tục.", [2]);
    expect(e.parts).toEqual([
      { text: "Áp dụng (", mark: false },
      { text: "Kaizen", mark: true },
      { text: "), cải tiến <liên> tục.", mark: false },
    ]);
  });

  it("shows the page's start when nothing was found in the text (a match in the title only)", () => {
    const e = excerpt(`Mở đầu. ${words(50)}`, []);
    expect(e.lead).toBe(false);
    expect(text(e).startsWith("Mở đầu.")).toBe(true);
  });
});
