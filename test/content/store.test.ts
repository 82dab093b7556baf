/**
 * The loader on the bundled content (content/ and data/ at the repository root) and on the
 * minimal fixture: what the typed store holds, that every reference in it resolves, and that
 * it cannot be changed by a later stage.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { activityKinds } from "../../src/schema/activity.ts";
import { trainingKinds } from "../../src/schema/training.ts";
import type { Store } from "../../src/store.ts";
import { brief, FIXTURES, makeProject, NOW, REPO_ROOT, TODAY } from "../helpers/project.ts";

/** Every reference in the store, as [where, kind, id]. */
function references(store: Store): [string, "agency" | "province" | "topic" | "plan" | "file", string][] {
  const out: [string, "agency" | "province" | "topic" | "plan" | "file", string][] = [];
  const add = (where: string, kind: (typeof out)[number][1], id: string | undefined) => {
    if (id !== undefined) out.push([where, kind, id]);
  };
  for (const [id, a] of store.agencies) {
    add(`agency ${id}.province`, "province", a.province);
    add(`agency ${id}.successor`, "agency", a.successor);
  }
  for (const [id, p] of store.provinces) add(`province ${id}.successor`, "province", p.successor);
  add("site.contact.organization", "agency", store.site.contact.organization);
  for (const p of store.plans) {
    add(`plan ${p.id}.issuer`, "agency", p.issuer);
    add(`plan ${p.id}.lead`, "agency", p.lead);
    add(`plan ${p.id}.province`, "province", p.province);
    for (const a of p.partners ?? []) add(`plan ${p.id}.partners`, "agency", a);
    for (const t of p.tasks ?? []) {
      add(`plan ${p.id}.tasks.lead`, "agency", t.lead);
      for (const a of t.partners ?? []) add(`plan ${p.id}.tasks.partners`, "agency", a);
    }
    for (const f of p.attachments ?? []) add(`plan ${p.id}.attachments`, "file", f.file);
  }
  for (const g of store.guides) {
    for (const t of g.topics) add(`guide ${g.id}.topics`, "topic", t);
    add(`guide ${g.id}.plan`, "plan", g.plan);
  }
  for (const s of store.sessions) {
    add(`session ${s.id}.organizer`, "agency", s.organizer);
    add(`session ${s.id}.plan`, "plan", s.plan);
    add(`session ${s.id}.province`, "province", s.province);
    for (const t of s.topics) add(`session ${s.id}.topics`, "topic", t);
  }
  for (const a of store.activities) {
    add(`activity ${a.id}.plan`, "plan", a.plan);
    add(`activity ${a.id}.province`, "province", a.province);
    for (const t of a.topics ?? []) add(`activity ${a.id}.topics`, "topic", t);
    for (const f of a.attachments ?? []) add(`activity ${a.id}.attachments`, "file", f.file);
  }
  return out;
}

function unresolved(store: Store): string[] {
  const plans = new Set(store.plans.map((p) => p.id));
  const exists = { agency: store.agencies, province: store.provinces, topic: store.topics, file: store.files, plan: plans };
  return references(store)
    .filter(([, kind, id]) => !exists[kind].has(id))
    .map(([where, kind, id]) => `${where}: no ${kind} ${id}`);
}

/** What each session's organizer and plan should be, read straight from the calendar files. */
function calendarDefaults(root: string): Map<string, { organizer?: string; plan?: string; calendar: string }> {
  const out = new Map<string, { organizer?: string; plan?: string; calendar: string }>();
  const dir = join(root, "content/trainings");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml") && !n.startsWith("_") && !n.startsWith("."))) {
    const cal = parse(readFileSync(join(dir, name), "utf8")) as { organizer?: string; plan?: string; sessions: { id: string; organizer?: string; plan?: string }[] };
    for (const s of cal.sessions) out.set(s.id, { organizer: s.organizer ?? cal.organizer, plan: s.plan ?? cal.plan, calendar: `content/trainings/${name}` });
  }
  return out;
}

describe("the bundled content", () => {
  let store: Store;

  beforeAll(() => {
    const result = loadContent({ root: REPO_ROOT, now: NOW });
    expect(brief(result.diagnostics.filter((d) => d.severity === "error"))).toEqual([]);
    store = result.store!;
  });

  it("loads with no errors, on the fixed clock", () => {
    expect(store).toBeDefined();
    expect(store.today).toBe(TODAY);
    expect(store.now).toBe(NOW);
  });

  // Others are adding content: these are minimums.
  it("has at least 2 plans, 10 guides and 3 pages", () => {
    expect(store.plans.length).toBeGreaterThanOrEqual(2);
    expect(store.guides.length).toBeGreaterThanOrEqual(10);
    expect(store.pages.length).toBeGreaterThanOrEqual(3);
  });

  it("has at least 24 sessions, of all five kinds", () => {
    expect(store.sessions.length).toBeGreaterThanOrEqual(24);
    expect(new Set(store.sessions.map((s) => s.kind))).toEqual(new Set(trainingKinds));
  });

  it("has at least 8 activities, of all six kinds", () => {
    expect(store.activities.length).toBeGreaterThanOrEqual(8);
    expect(new Set(store.activities.map((a) => a.kind))).toEqual(new Set(activityKinds));
  });

  it("has the agencies, provinces, topics and files the content refers to", () => {
    expect(store.agencies.size).toBeGreaterThan(0);
    expect(store.provinces.size).toBeGreaterThan(0);
    expect(store.topics.size).toBeGreaterThan(0);
    expect(store.files.size).toBeGreaterThan(0);
  });

  it("every reference resolves to an existing item", () => {
    const refs = references(store);
    expect(refs.length).toBeGreaterThan(100);
    expect(unresolved(store)).toEqual([]);
  });

  it("every item has its own URL", () => {
    const urls = [...store.plans, ...store.guides, ...store.sessions, ...store.activities, ...store.pages].map((i) => i.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const p of store.plans) expect(p.url).toBe(`/ke-hoach/${p.id}/`);
    for (const s of store.sessions) expect(s.url).toBe(`/dao-tao/${s.id}/`);
  });

  it("sessions carry their calendar's organizer and plan unless they give their own", () => {
    const expected = calendarDefaults(REPO_ROOT);
    expect(store.sessions.length).toBe(expected.size);
    for (const s of store.sessions) {
      const e = expected.get(s.id)!;
      expect({ id: s.id, organizer: s.organizer, plan: s.plan, calendar: s.calendar }).toEqual({ id: s.id, ...e });
    }
    expect(store.sessions.filter((s) => s.plan !== undefined).length).toBeGreaterThan(0);
  });

  it("text is NFC", () => {
    const all = JSON.stringify([store.plans, store.guides, store.sessions, store.activities, store.pages, [...store.agencies.values()]]);
    expect(all).toBe(all.normalize("NFC"));
  });
});

describe("the store of the minimal fixture", () => {
  let store: Store;

  beforeAll(() => {
    const result = loadContent({ root: join(FIXTURES, "minimal"), now: NOW });
    expect(result.diagnostics).toEqual([]);
    store = result.store!;
  });

  it("holds exactly the fixture's items", () => {
    expect(store.plans.map((p) => p.id)).toEqual(["tuyen-quang-2022-2025"]);
    expect(store.guides.map((g) => g.id)).toEqual(["ap-dung-5s"]);
    expect(store.sessions.map((s) => s.id)).toEqual(["tq-2026-03-nhan-thuc", "tq-2026-12-5s", "tq-2027-01-chuyen-gia"]);
    expect(store.activities.map((a) => a.id)).toEqual(["2026-03-tap-huan"]);
    expect(store.pages.map((p) => p.id)).toEqual(["gioi-thieu"]);
    expect([...store.files.keys()]).toEqual(["x.pdf"]);
    expect(unresolved(store)).toEqual([]);
  });

  it("applies defaults: the calendar's organizer and plan, status scheduled, fee 0, plan status in-force, path prefix /", () => {
    const [first, second, third] = store.sessions;
    for (const s of [first!, second!, third!]) {
      expect(s.organizer).toBe("so-khcn-tuyen-quang");
      expect(s.plan).toBe("tuyen-quang-2022-2025");
      expect(s.calendar).toBe("content/trainings/2026-tuyen-quang.yaml");
      expect(s.fee).toBe(0);
    }
    expect(third!.status).toBe("scheduled");
    expect(store.plans[0]!.status).toBe("in-force");
    expect(store.site.pathPrefix).toBe("/");
    expect(store.site.language).toBe("vi");
  });

  it("resolves moments in Vietnam's time zone", () => {
    const s = store.sessions[1]!;
    expect(s.start).toEqual({ iso: "2026-12-10T08:00:00+07:00", date: "2026-12-10", time: "08:00", allDay: false, instant: Date.parse("2026-12-10T01:00:00Z") });
    expect(store.sessions[2]!.start).toMatchObject({ date: "2027-01-14", allDay: true, instant: Date.parse("2027-01-13T17:00:00Z") });
  });

  it("records where each item came from", () => {
    expect(store.sessions.map((s) => s.source)).toEqual([
      { file: "content/trainings/2026-tuyen-quang.yaml", line: 5 },
      { file: "content/trainings/2026-tuyen-quang.yaml", line: 18 },
      { file: "content/trainings/2026-tuyen-quang.yaml", line: 33 },
    ]);
    expect(store.pages[0]!.source.file).toBe("content/pages/gioi-thieu.md");
    expect(store.pages[0]!.body.trim()).toBe("Cổng thông tin về năng suất và chất lượng. Liên hệ: [thư](mailto:nangsuat@example.gov.vn).");
  });

  it("describes attachments", () => {
    expect(store.files.get("x.pdf")).toEqual({ name: "x.pdf", url: "/files/x.pdf", bytes: readFileSync(join(FIXTURES, "minimal/content/files/x.pdf")).length, type: "PDF" });
  });

  it("is frozen all the way down: a later stage cannot change it", () => {
    // ES modules run in strict mode, where writing to a frozen object throws.
    const s = store as unknown as Record<string, unknown>;
    expect(() => {
      s.today = "2000-01-01";
    }).toThrow(TypeError);
    expect(() => (store.sessions as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (store.sessions[0] as unknown as Record<string, unknown>).title = "đổi";
    }).toThrow(TypeError);
    expect(() => {
      (store.sessions[0]!.start as unknown as Record<string, unknown>).date = "2000-01-01";
    }).toThrow(TypeError);
    expect(() => {
      (store.plans[0]!.targets[0] as unknown as Record<string, unknown>).value = 1;
    }).toThrow(TypeError);
    expect(() => {
      (store.site.contact as unknown as Record<string, unknown>).email = "x@example.gov.vn";
    }).toThrow(TypeError);
    expect(() => {
      (store.agencies.get("ubnd-da-nang") as unknown as Record<string, unknown>).name = "đổi";
    }).toThrow(TypeError);
    // Object.freeze alone leaves a Map writable.
    expect(() => (store.agencies as Map<string, unknown>).set("moi", {})).toThrow(TypeError);
    expect(() => (store.topics as Map<string, unknown>).delete("5s")).toThrow(TypeError);
    expect(() => (store.files as Map<string, unknown>).clear()).toThrow(TypeError);
    expect(store.agencies.has("moi")).toBe(false);
    expect(store.topics.has("5s")).toBe(true);
    expect(store.files.size).toBe(1);
  });

  it("leaves out drafts unless asked for them", () => {
    const project = makeProject({ "content/pages/ban-nhap.md": "---\ntitle: Bản nháp\ndraft: true\n---\n" });
    expect(project.load().store!.pages.map((p) => p.id)).toEqual(["gioi-thieu"]);
    expect(project.load({ drafts: true }).store!.pages.map((p) => p.id)).toEqual(["ban-nhap", "gioi-thieu"]);
  });
});
