/**
 * The loader: reads content/ and data/ once, checks every rule, and returns the typed,
 * read-only store together with every diagnostic found in the whole run. It is a pipeline of
 * named stages (src/content/stages/), each taking the one run state, in this order.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { kinds } from "../kinds/index.ts";
import type { Store } from "../store.ts";
import { readAttachments } from "./stages/attachments.ts";
import { readDataFiles } from "./stages/data-files.ts";
import { readDocumentsAndCalendars } from "./stages/documents-calendars.ts";
import { checkIdsAndUrls } from "./stages/ids-urls.ts";
import { checkLinks } from "./stages/links.ts";
import { checkReferences } from "./stages/references.ts";
import { createRun, type LoadCache } from "./stages/run.ts";
import { makeStore } from "./stages/store.ts";

export { ATTACHMENT_TYPES } from "./stages/attachments.ts";
export { LoadCache } from "./stages/run.ts";

export interface LoadOptions {
  /** Project root holding content/ and data/. */
  root: string;
  /** The build clock (ms since epoch); defaults to the real time. */
  now?: number;
  /** Include `draft: true` items (for previews). */
  drafts?: boolean;
  /** Work kept between loads (the preview server), so that an edit costs about one file's work. */
  cache?: LoadCache;
}

export interface LoadResult {
  /** Present when there are no errors. */
  store?: Store;
  diagnostics: Diagnostic[];
}

/** The stages, in order: each reads what the ones before it left in the run state. */
const stages = [readDataFiles, readAttachments, readDocumentsAndCalendars, checkIdsAndUrls, checkReferences, checkLinks] as const;

export function loadContent(options: LoadOptions): LoadResult {
  const run = createRun(options, kinds.map((k) => k.name));
  for (const stage of stages) stage(run);
  const store = makeStore(run);
  return store ? { store, diagnostics: run.diagnostics } : { diagnostics: run.diagnostics };
}
