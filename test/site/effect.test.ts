/** A document's effect status from its dates, the documents that act on it, and the day asked. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectOf, effects, type EffectInput } from "../../src/site/effect.ts";

const old: EffectInput = { id: "cu", issued: "2020-08-31", effective: "2020-09-15" };
const replacing: EffectInput = { id: "moi", issued: "2026-06-01", effective: "2026-07-01", replaces: ["cu"] };

describe("effectOf", () => {
  it("a document before its date of effect is not yet in force, on its first day it is", () => {
    expect(effectOf(old, [old], "2020-09-14").status).toBe("not-yet");
    expect(effectOf(old, [old], "2020-09-15").status).toBe("in-force");
  });

  it("without a date of effect, the date of issue is taken, and the result says it was assumed", () => {
    const d: EffectInput = { id: "x", issued: "2020-08-31" };
    expect(effectOf(d, [d], "2020-08-30").status).toBe("not-yet");
    const e = effectOf(d, [d], "2020-08-31");
    expect(e).toMatchObject({ status: "in-force", start: "2020-08-31", startAssumed: true });
    expect(effectOf(old, [old], "2021-01-01").startAssumed).toBe(false);
  });

  it("a replaced document stays in force until the replacing one takes effect, then names it", () => {
    const all = [old, replacing];
    const before = effectOf(old, all, "2026-06-30");
    expect(before.status).toBe("in-force");
    // Already issued, not yet in force: shown as coming.
    expect(before.upcoming).toEqual([{ kind: "replaced", from: "2026-07-01", by: "moi" }]);
    const after = effectOf(old, all, "2026-07-01");
    expect(after.status).toBe("expired");
    expect(after.causes).toEqual([{ kind: "replaced", from: "2026-07-01", by: "moi" }]);
    expect(after.upcoming).toEqual([]);
  });

  it("a repealing document without a date of effect acts from its date of issue", () => {
    const repealing: EffectInput = { id: "bai-bo", issued: "2025-03-02", repeals: ["cu"] };
    expect(effectOf(old, [old, repealing], "2025-03-01").status).toBe("in-force");
    expect(effectOf(old, [old, repealing], "2025-03-02")).toMatchObject({ status: "expired", causes: [{ kind: "repealed", by: "bai-bo", from: "2025-03-02" }] });
  });

  it("a partial repeal makes the document partly out of force, with the part named", () => {
    const partial: EffectInput = { id: "mot-phan", issued: "2024-01-10", effective: "2024-02-01", partlyRepeals: [{ document: "cu", part: "Điều 5" }] };
    expect(effectOf(old, [old, partial], "2024-01-31").status).toBe("in-force");
    expect(effectOf(old, [old, partial], "2024-02-01")).toMatchObject({ status: "partly-expired", causes: [{ kind: "partly-repealed", by: "mot-phan", part: "Điều 5" }] });
    // Replaced later: out of force altogether, and both causes are listed in date order.
    const e = effectOf(old, [old, partial, replacing], "2026-08-01");
    expect(e.status).toBe("expired");
    expect(e.causes.map((c) => c.kind)).toEqual(["partly-repealed", "replaced"]);
  });

  it("a document's own date of expiry ends it on that day", () => {
    const d: EffectInput = { id: "tam-thoi", issued: "2025-01-01", expires: "2025-12-31" };
    expect(effectOf(d, [d], "2025-12-30").status).toBe("in-force");
    expect(effectOf(d, [d], "2025-12-31")).toMatchObject({ status: "expired", causes: [{ kind: "expiry", from: "2025-12-31" }] });
  });

  it("a document does not act on itself, and others' unrelated relations change nothing", () => {
    const self: EffectInput = { id: "tu", issued: "2025-01-01", replaces: ["tu"] };
    const other: EffectInput = { id: "khac", issued: "2025-01-01", replaces: ["ngoai"], repeals: ["ngoai"] };
    expect(effectOf(self, [self, other], "2026-01-01").status).toBe("in-force");
  });
});

describe("effects", () => {
  it("gives every document's status on one day, keyed by id", () => {
    const map = effects([old, replacing], "2026-07-01");
    expect(map.get("cu")?.status).toBe("expired");
    expect(map.get("moi")?.status).toBe("in-force");
    expect(effects([old, replacing], "2026-06-01").get("moi")?.status).toBe("not-yet");
  });
});

describe("effects of a whole library", () => {
  /** Each document asked about every other, as effectOf did before it was one pass. */
  const byPairs = (doc: EffectInput, all: readonly EffectInput[]) => {
    const causes: unknown[] = doc.expires ? [{ kind: "expiry", from: doc.expires }] : [];
    for (const other of all) {
      if (other.id === doc.id) continue;
      const from = other.effective ?? other.issued;
      if (other.replaces?.includes(doc.id)) causes.push({ kind: "replaced", from, by: other.id });
      if (other.repeals?.includes(doc.id)) causes.push({ kind: "repealed", from, by: other.id });
      for (const p of other.partlyRepeals ?? []) if (p.document === doc.id) causes.push({ kind: "partly-repealed", from, by: other.id, part: p.part });
    }
    return causes;
  };

  it("are those of each document asked about every other, in the same order", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const date = fc.constantFrom("2020-01-01", "2021-06-01", "2021-06-01", "2023-03-15");
    const doc = fc.record(
      {
        id: fc.constantFrom(...ids),
        issued: date,
        effective: date,
        expires: date,
        replaces: fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
        repeals: fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
        partlyRepeals: fc.array(fc.record({ document: fc.constantFrom(...ids), part: fc.constantFrom("Điều 1", "Điều 2") }), { maxLength: 3 }),
      },
      { requiredKeys: ["id", "issued"] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(doc, { selector: (d) => d.id, maxLength: 5 }), date, (all, today) => {
        const map = effects(all, today);
        for (const d of all) {
          const e = map.get(d.id)!;
          // Earliest first; on one day whole causes before partial ones, as they were found.
          const rank = { expiry: 0, replaced: 1, repealed: 2, "partly-repealed": 3 };
          const expected = (byPairs(d, all) as { kind: keyof typeof rank; from: string }[]).sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : rank[x.kind] - rank[y.kind]));
          expect([...e.causes, ...e.upcoming]).toEqual(expected);
          expect(e).toEqual(effectOf(d, all, today));
        }
      }),
    );
  });
});
