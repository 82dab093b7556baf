/** A document's effect status from its dates, the documents that act on it, and the day asked. */
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
