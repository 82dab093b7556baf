/**
 * Stage: checks across files, second part — every reference resolves (and, for a session, is
 * valid on the day it starts), the rules of the documents library and of questions that span
 * files, the sessions' checks against the build clock, and former province names after a merger.
 */
import { kinds, markdownKinds, type KindName } from "../../kinds/index.ts";
import type { LibraryDocument } from "../../schema/document.ts";
import type { RefKind } from "../../schema/fields.ts";
import type { SessionItem } from "../../store.ts";
import type { IsoDate } from "../../vi/dates.ts";
import { checkDocuments } from "../documents.ts";
import { formerUnitChecks } from "../former-units.ts";
import { hasAnswer } from "../questions.ts";
import { collectRefs, type FoundRef } from "../refs.ts";
import { nearest, suggest } from "../validate.ts";
import { ids } from "./ids-urls.ts";
import { once, report, type LoadRun, type Located } from "./run.ts";
import { isInsideFolder } from "./paths.ts";

const refKinds: Record<RefKind, { vi: string; en: string; where: string }> = {
  agency: { vi: "cơ quan", en: "agency", where: "data/agencies.yaml" },
  province: { vi: "tỉnh, thành phố", en: "province", where: "data/provinces.yaml" },
  topic: { vi: "chủ đề", en: "topic", where: "data/topics.yaml" },
  file: { vi: "tệp", en: "file", where: "content/files/" },
  // Items of content kinds, by the kind's name.
  ...(Object.fromEntries(kinds.map((k) => [k.name, { vi: k.label.vi, en: k.name, where: `${k.source.dir}/` }])) as Record<KindName, { vi: string; en: string; where: string }>),
};

export function checkReferences(run: LoadRun): void {
  const { diagnostics, docs, sessions, unreadable } = run;
  const agencyRows = run.agencyData?.rows ?? [];
  const provinceRows = run.provinceData?.rows ?? [];
  const topicRows = run.topicData?.rows ?? [];
  const agencies = new Map(agencyRows.map((r) => [r.value.id, r.value]));
  const provinces = new Map(provinceRows.map((r) => [r.value.id, r.value]));

  const known: Record<RefKind, ReadonlySet<string> | ReadonlyMap<string, unknown>> = {
    agency: ids(run.agencyData?.ids),
    province: ids(run.provinceData?.ids),
    topic: ids(run.topicData?.ids),
    ...run.fileIds,
    session: ids(run.sessionIdentities),
    file: run.files,
  };
  const checkRefs = (row: Located<unknown>, onRef?: (ref: FoundRef) => void) => {
    // Where the references are depends on the row alone; whether they resolve, on every file.
    const refs = row.value && typeof row.value === "object" ? once(run, row.value, "refs", () => collectRefs(row.schema, row.value, row.base)) : collectRefs(row.schema, row.value, row.base);
    for (const ref of refs) {
      if (ref.kind === "file" && !isInsideFolder(ref.value)) {
        report(run, row.file, row.source, ref.path, "ref/escapes", { value: ref.value });
        continue;
      }
      if (unreadable.has(ref.kind)) continue;
      if (!known[ref.kind].has(ref.value)) {
        const k = refKinds[ref.kind];
        report(run, row.file, row.source, ref.path, ref.kind === "file" ? "ref/file-missing" : "ref/unknown", {
          value: ref.value,
          kindVi: k.vi,
          kindEn: k.en,
          where: k.where,
          suggestion: suggest(ref.value, [...known[ref.kind].keys()]),
          ...(ref.kind === "province" || ref.kind === "topic" ? { ids: nearest(ref.value, [...known[ref.kind].keys()]) } : {}),
        });
      } else onRef?.(ref);
    }
  };
  for (const rows of [agencyRows, provinceRows, topicRows] as Located<unknown>[][]) for (const row of rows) checkRefs(row);
  if (run.site) checkRefs(run.site);
  for (const { name } of markdownKinds) for (const d of docs[name]) checkRefs(d);
  for (const c of run.calendars) checkRefs(c);
  for (const row of agencyRows) if (row.value.successor === row.value.id) report(run, row.file, row.source, [...row.base, "successor"], "ref/self");
  for (const row of provinceRows) if (row.value.successor === row.value.id) report(run, row.file, row.source, [...row.base, "successor"], "ref/self");
  // The documents library's checks across its files (numbers, relations, replacement cycles).
  checkDocuments(
    docs.document.map((d) => ({ id: d.id, value: d.value as unknown as LibraryDocument, file: d.file, lineOf: (path) => d.source.positionOf(path).line })),
    (d) => (d.issuer ? (agencies.get(d.issuer)?.name ?? d.issuer) : (d.authority ?? "")),
    (row, path, code, params = {}, severity = "error") => report(run, row.file, docs.document.find((d) => d.id === row.id)!.source, path, code, params, severity),
  );
  // At the body, where the answer belongs.
  for (const q of docs.question) if (!hasAnswer(q.body?.text)) diagnostics.push({ file: q.file, line: q.body?.line ?? 1, column: 1, path: [], code: "question/answer-missing", severity: "error", params: {} });

  // Sessions: references must exist and be valid on the day the session starts. Only the
  // session's own references: those inherited from its calendar were checked there.
  for (const s of sessions) {
    const date = s.value.start.date;
    checkRefs({ ...s, value: s.input }, (ref) => {
      const entity = ref.kind === "agency" ? agencies.get(ref.value) : ref.kind === "province" ? provinces.get(ref.value) : undefined;
      if (!entity) return;
      const k = refKinds[ref.kind];
      if (entity.validTo && date > entity.validTo)
        report(run, s.file, s.source, ref.path, "ref/expired", { value: ref.value, kindVi: k.vi, kindEn: k.en, validTo: entity.validTo, date, successor: entity.successor ?? "" });
      else if (entity.validFrom && date < entity.validFrom)
        report(run, s.file, s.source, ref.path, "ref/not-yet-valid", { value: ref.value, kindVi: k.vi, kindEn: k.en, validFrom: entity.validFrom, date });
    });
    // An organizer inherited from the calendar must be valid on that day too: the session
    // (which has no organizer key of its own) is where a different one must be given.
    const organizer = agencies.get(s.value.organizer);
    if (s.inheritsOrganizer && organizer) {
      if (organizer.validTo && date > organizer.validTo)
        report(run, s.file, s.source, [...s.base, "organizer"], "ref/expired", { value: s.value.organizer, kindVi: "cơ quan", kindEn: "agency", validTo: organizer.validTo, date, successor: organizer.successor ?? "" });
      else if (organizer.validFrom && date < organizer.validFrom)
        report(run, s.file, s.source, [...s.base, "organizer"], "ref/not-yet-valid", { value: s.value.organizer, kindVi: "cơ quan", kindEn: "agency", validFrom: organizer.validFrom, date });
    }
    checkSessionClock(run, s, run.today);
  }
  // Content of an event after a merger that still names the former province.
  const former = formerUnitChecks(provinces);
  for (const a of docs.activity) former.reference(a, ["province"], a.value.province as string | undefined, a.value.date as IsoDate);
  for (const s of sessions) for (const key of ["name", "address"] as const) former.text(s, ["venue", key], s.value.venue?.[key], s.value.start.date);
  diagnostics.push(...former.diagnostics);
}

/** What a session's state should be, seen from the build clock's day. */
function checkSessionClock(run: LoadRun, s: Located<SessionItem>, day: IsoDate) {
  const v = s.value;
  const upcoming = v.end.date >= day;
  if (upcoming && v.status === "scheduled") {
    const r = v.registration;
    if (!r || (!r.url && !r.email && !r.phone)) report(run, s.file, s.source, [...s.base, "registration"], "training/registration-missing", {}, "error", "key");
  }
  // Without its announcement date a session never reaches /feed.xml, and nothing else would say so.
  if (upcoming && (v.status === "scheduled" || v.status === "postponed") && !v.announced) report(run, s.file, s.source, s.base, "training/announced-missing", { today: day }, "warning", "key");
  if (v.status === "completed" && v.end.date > day) report(run, s.file, s.source, [...s.base, "status"], "training/completed-in-future", { end: v.end.date }, "warning");
  if (v.status === "scheduled" && v.end.date < day) report(run, s.file, s.source, [...s.base, "status"], "training/past-not-closed", { end: v.end.date }, "warning", "key");
}
