/**
 * Stage: data/ (the site, agencies, provinces, topics). A list is checked row by row, so that a
 * mistake in one agency does not make the others unknown; every row's id is kept, even a row
 * with errors, so that references to it still resolve.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { z } from "zod";
import type { Agency } from "../../schema/agency.ts";
import { dataKinds } from "../../schema/index.ts";
import type { Province } from "../../schema/province.ts";
import type { Site } from "../../schema/site.ts";
import type { Topic } from "../../schema/topic.ts";
import { validate } from "../validate.ts";
import { readDocument } from "./read-files.ts";
import { MAX_PROBLEMS_PER_FILE, once, rawId, realFolder, report, type DataFile, type Identity, type Located, type LoadRun, type ReadDocument } from "./run.ts";

export function readDataFiles(run: LoadRun): void {
  run.site = dataFile<Site>(run, "site", false)?.rows[0];
  run.agencyData = dataFile<Agency>(run, "agencies", true);
  run.provinceData = dataFile<Province>(run, "provinces", true);
  run.topicData = dataFile<Topic>(run, "topics", true);
  if (!run.agencyData) run.unreadable.add("agency");
  if (!run.provinceData) run.unreadable.add("province");
  if (!run.topicData) run.unreadable.add("topic");
}

/** The valid rows of a data file, and the ids of all its rows; undefined when the file cannot be read. */
function dataFile<T>(run: LoadRun, kind: keyof typeof dataKinds, list: boolean): DataFile<T> | undefined {
  const { file: name, schema } = dataKinds[kind];
  const abs = join(run.root, name);
  if (!realFolder(run, dirname(name))) return undefined;
  if (!existsSync(abs)) {
    run.diagnostics.push({ file: name, line: 1, column: 1, path: [], code: "file/missing", severity: "error", params: { name } });
    return undefined;
  }
  const doc = readDocument(run, abs, false);
  if (!doc) return undefined;
  return once(run, doc, "data", () => dataRows<T>(run, doc, schema, list));
}

function dataRows<T>(run: LoadRun, doc: ReadDocument, schema: z.ZodType, list: boolean): DataFile<T> | undefined {
  const { diagnostics } = run;
  if (!list) {
    const { value, diagnostics: found } = validate(schema, doc.data, doc.source, doc.file);
    diagnostics.push(...found);
    return { rows: value ? [{ value: value as T, file: doc.file, source: doc.source, base: [], schema }] : [], ids: [] };
  }
  if (!Array.isArray(doc.data)) {
    report(run, doc.file, doc.source, [], "yaml/not-list");
    return undefined;
  }
  // Row by row: a mistake in one agency does not make the others unknown.
  const element = (schema as unknown as z.ZodArray<z.ZodType>).element;
  const rows: Located<T>[] = [];
  const ids: Identity[] = [];
  let problems = 0;
  doc.data.forEach((raw, i) => {
    if (problems >= MAX_PROBLEMS_PER_FILE) {
      // Not checked, but still known to references.
      const id = rawId(raw);
      if (id) ids.push({ id, file: doc.file, source: doc.source, base: [i] });
      return;
    }
    const { value, diagnostics: found } = validate(element, raw, doc.source, doc.file, [i]);
    problems += found.length;
    diagnostics.push(...found);
    const id = value ? (value as { id: string }).id : rawId(raw);
    if (id) ids.push({ id, file: doc.file, source: doc.source, base: [i] });
    if (value) rows.push({ value: value as T, file: doc.file, source: doc.source, base: [i], schema: element });
  });
  return { rows, ids };
}
