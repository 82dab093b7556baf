/**
 * Stage: content/ — the Markdown items of each kind (one file each, named by its id) and the
 * training calendars (many sessions per file, each with its calendar's defaults applied).
 * Everything here depends on one file alone, so it is remembered per file when there is a cache.
 */
import { existsSync } from "node:fs";
import { extname, join, sep } from "node:path";
import { z } from "zod";
import type { KeyPath } from "../../diagnostics.ts";
import { kindByName, markdownKinds } from "../../kinds/index.ts";
import { ID_PATTERN, suggestId } from "../../schema/fields.ts";
import { calendarSchema, sessionSchema, type Calendar } from "../../schema/training.ts";
import type { SessionItem } from "../../store.ts";
import { validate } from "../validate.ts";
import { forgetUnread, readDocument } from "./read-files.ts";
import { MAX_PROBLEMS_PER_FILE, once, rawId, readDir, realFolder, rel, report, type Identity, type LoadRun, type Located, type ReadDocument, type Session } from "./run.ts";

/** The training calendars: many sessions per file. */
const trainingKind = kindByName.session;

/** A calendar's own keys; its sessions are checked one by one, so one mistake hides no other session. */
const calendarHead = calendarSchema.extend({
  sessions: z.array(z.unknown()).min(1).meta(z.globalRegistry.get(calendarSchema.shape.sessions) ?? {}),
});

/** The files of a content folder with the given extension, in name order; anything else is reported. */
function listDir(run: LoadRun, dir: string, ext: string): string[] {
  const abs = join(run.root, dir);
  if (!realFolder(run, dir) || !existsSync(abs)) return [];
  const out: string[] = [];
  for (const entry of readDir(run, abs).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
    const full = join(abs, entry.name);
    if (entry.isSymbolicLink()) run.diagnostics.push({ file: rel(run, full), line: 1, column: 1, path: [], code: "file/symlink", severity: "error", params: {} });
    else if (!entry.isFile() || extname(entry.name) !== ext) run.diagnostics.push({ file: rel(run, full), line: 1, column: 1, path: [], code: "file/unknown-extension", severity: "error", params: { name: entry.name, expected: ext } });
    else out.push(full);
  }
  return out;
}

function fileId(run: LoadRun, abs: string, ext: string): string | undefined {
  const name = abs.slice(abs.lastIndexOf(sep) + 1, -ext.length);
  if (ID_PATTERN.test(name)) return name;
  run.diagnostics.push({ file: rel(run, abs), line: 1, column: 1, path: [], code: "file/id-format", severity: "error", params: { value: name, suggestion: suggestId(name), ext } });
  return undefined;
}

export function readDocumentsAndCalendars(run: LoadRun): void {
  const { diagnostics, docs, fileIds, docFiles } = run;
  for (const { name: kind, source, schema } of markdownKinds) {
    const { dir } = source;
    for (const abs of listDir(run, dir, ".md")) {
      const id = fileId(run, abs, ".md");
      if (id) fileIds[kind].add(id);
      if (id) docFiles.push({ kind, id, file: rel(run, abs) });
      const doc = readDocument(run, abs, true);
      if (!doc || id === undefined) continue;
      const checked = once(run, doc, "document", () => {
        if (typeof doc.data !== "object" || doc.data === null || Array.isArray(doc.data)) {
          report(run, doc.file, doc.source, [], "frontmatter/not-mapping");
          return undefined;
        }
        const { value, diagnostics: found } = validate(schema as z.ZodType, doc.data, doc.source, doc.file);
        diagnostics.push(...found);
        return value ? { id, value: value as Record<string, unknown>, file: doc.file, source: doc.source, base: [], schema: schema as z.ZodType, body: doc.body } : undefined;
      });
      if (checked) docs[kind].push(checked);
    }
  }

  for (const abs of listDir(run, trainingKind.source.dir, ".yaml")) {
    const doc = readDocument(run, abs, false);
    if (!doc) continue;
    const found = once(run, doc, "calendar", () => calendarFile(run, doc));
    if (found.calendar) run.calendars.push(found.calendar);
    run.sessionIdentities.push(...found.identities);
    run.sessions.push(...found.sessions);
  }
  // Everything is read: forget files that are gone.
  forgetUnread(run);
}

/** One calendar file: its own keys, then each session with the calendar's defaults applied. */
function calendarFile(run: LoadRun, doc: ReadDocument) {
  const { diagnostics } = run;
  const out: { calendar?: Located<Omit<Calendar, "sessions">>; identities: Identity[]; sessions: Session[] } = { identities: [], sessions: [] };
  const head = validate(calendarHead, doc.data, doc.source, doc.file);
  diagnostics.push(...head.diagnostics);
  const calendar = head.value;
  if (calendar) out.calendar = { value: calendar, file: doc.file, source: doc.source, base: [], schema: calendarSchema.omit({ sessions: true }) };
  const list = (doc.data as { sessions?: unknown } | null)?.sessions;
  if (!Array.isArray(list)) return out;
  let problems = head.diagnostics.length;
  list.forEach((input, i) => {
    const base: KeyPath = ["sessions", i];
    if (problems >= MAX_PROBLEMS_PER_FILE) {
      // Not checked, but still known to references.
      const id = rawId(input);
      if (id) out.identities.push({ id, file: doc.file, source: doc.source, base });
      return;
    }
    const { value: s, diagnostics: found } = validate(sessionSchema, input, doc.source, doc.file, base);
    problems += found.length;
    diagnostics.push(...found);
    const id = s?.id ?? rawId(input);
    const identity: Identity | undefined = id ? { id, file: doc.file, source: doc.source, base } : undefined;
    if (identity) out.identities.push(identity);
    // Without its calendar's defaults, a session is only checked on its own.
    if (!s || !identity || !calendar) return;
    const organizer = s.organizer ?? calendar.organizer;
    if (!organizer) report(run, doc.file, doc.source, base, "training/organizer-missing", {}, "error", "key");
    const plan = s.plan ?? calendar.plan;
    const item: SessionItem = { ...s, organizer: organizer ?? "", ...(plan ? { plan } : {}), url: trainingKind.url.item(s.id), calendar: doc.file, source: { file: doc.file, line: doc.source.positionOf(base).line } };
    out.sessions.push({ value: item, input: s, identity, file: doc.file, source: doc.source, base, schema: sessionSchema as z.ZodType, inheritsOrganizer: !s.organizer });
  });
  return out;
}
