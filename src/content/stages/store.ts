/**
 * Stage: the end of a load — the diagnostics in their stable order (capped per file), and,
 * when there is no error, the typed, frozen store every page, feed and index is built from.
 */
import { hasErrors, sortDiagnostics, type Diagnostic } from "../../diagnostics.ts";
import { kindByName, markdownKinds } from "../../kinds/index.ts";
import { deepFreeze, type Store } from "../../store.ts";
import { MAX_PROBLEMS_PER_FILE, once, type LoadRun } from "./run.ts";

export function makeStore(run: LoadRun): Store | undefined {
  const { diagnostics, site } = run;
  sortDiagnostics(diagnostics);
  capPerFile(diagnostics);
  if (hasErrors(diagnostics) || !site) return undefined;

  // Each kind's items under its store key (store.plans…); the sessions as the calendars gave them.
  const items: Record<string, readonly unknown[]> = { [kindByName.session.storeKey]: run.sessions.map((s) => s.value) };
  for (const kind of markdownKinds)
    items[kind.storeKey] = run.docs[kind.name]
      .filter((d) => run.drafts || d.value.draft !== true)
      // The same item object while its file is unchanged: made and frozen once, not on every load.
      .map((d) => once(run, d, "item", () => ({ ...d.value, id: d.id, url: kind.url.item(d.id), source: { file: d.file, line: 1 }, body: d.body?.text ?? "" })));
  const agencies = new Map((run.agencyData?.rows ?? []).map((r) => [r.value.id, r.value]));
  const provinces = new Map((run.provinceData?.rows ?? []).map((r) => [r.value.id, r.value]));
  const topics = new Map((run.topicData?.rows ?? []).map((r) => [r.value.id, r.value]));
  const store = { today: run.today, now: run.now, site: site.value, agencies, provinces, topics, files: run.files, ...items } as unknown as Store;
  return deepFreeze(store);
}

/**
 * Keeps the first MAX_PROBLEMS_PER_FILE problems of each file (the list is sorted), and says
 * where the rest begin: an error when any of them is one.
 */
function capPerFile(diagnostics: Diagnostic[]): void {
  const kept: Diagnostic[] = [];
  let file = "";
  let count = 0;
  let marker: Diagnostic | undefined;
  for (const d of diagnostics) {
    if (d.file !== file) {
      file = d.file;
      count = 0;
      marker = undefined;
    }
    if (++count <= MAX_PROBLEMS_PER_FILE) kept.push(d);
    else if (!marker) kept.push((marker = { file, line: d.line, column: d.column, path: [], code: "file/too-many-problems", severity: d.severity, params: { max: MAX_PROBLEMS_PER_FILE } }));
    else if (d.severity === "error") marker.severity = "error";
  }
  diagnostics.length = 0;
  for (const d of kept) diagnostics.push(d);
}
