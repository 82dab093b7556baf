/**
 * Stage: checks across files, first part — every id once per kind, and every URL the site
 * publishes claimed by one file only. The reserved and generated URLs come from the URL module.
 */
import type { KeyPath } from "../../diagnostics.ts";
import { kindByName } from "../../kinds/index.ts";
import { FILES_DIR } from "../../schema/index.ts";
import { agenciesSection, CALENDAR_SEGMENTS, LIBRARY_SEGMENTS, RESERVED_SEGMENTS, topicsSection, trainingsSection, trainingUrls } from "../../site/urls.ts";
import type { ParsedYaml } from "../source.ts";
import { report, type Identity, type LoadRun } from "./run.ts";

export const ids = (rows: readonly Identity[] | undefined) => new Set((rows ?? []).map((r) => r.id));

export function checkIdsAndUrls(run: LoadRun): void {
  const { agencyData, provinceData, topicData, sessionIdentities, urls } = run;
  /** Reports every id used before in the same kind; returns the repeated ones. */
  const unique = (rows: readonly Identity[]): Set<Identity> => {
    const seen = new Map<string, Identity>();
    const repeated = new Set<Identity>();
    for (const row of rows) {
      const key = row.id.toLowerCase().normalize("NFKC");
      const first = seen.get(key);
      if (first) {
        const other = `${first.file}:${first.source.positionOf([...first.base, "id"]).line}`;
        report(run, row.file, row.source, [...row.base, "id"], "id/duplicate", { id: row.id, other });
        repeated.add(row);
      } else seen.set(key, row);
    }
    return repeated;
  };
  unique(agencyData?.ids ?? []);
  unique(provinceData?.ids ?? []);
  unique(topicData?.ids ?? []);
  const repeatedSessions = unique(sessionIdentities);

  const claim = (url: string, file: string, source: ParsedYaml | undefined, path: KeyPath): boolean => {
    const other = urls.get(url);
    if (other) report(run, file, source, path, "url/collision", { url, other });
    else urls.set(url, file);
    return !other;
  };
  for (const r of RESERVED_SEGMENTS) urls.set(`/${r}/`, "cổng thông tin (đường dẫn dành riêng)");
  for (const r of CALENDAR_SEGMENTS) urls.set(trainingsSection.item(r), "cổng thông tin (đường dẫn dành riêng của lịch đào tạo)");
  urls.set(trainingUrls.calendar, "cổng thông tin (lịch đào tạo)");
  for (const r of LIBRARY_SEGMENTS) urls.set(r, "cổng thông tin (đường dẫn dành riêng của danh sách)");
  for (const d of run.docFiles) claim(kindByName[d.kind].url.item(d.id), d.file, undefined, []);
  // A repeated session id is reported once, as id/duplicate. Each session also has its own .ics file.
  const trainingKind = kindByName.session;
  for (const s of sessionIdentities)
    if (!repeatedSessions.has(s) && claim(trainingKind.url.item(s.id), s.file, s.source, [...s.base, "id"])) claim(trainingUrls.sessionIcs(s.id), s.file, s.source, [...s.base, "id"]);
  for (const id of ids(topicData?.ids)) urls.set(topicsSection.item(id), "data/topics.yaml");
  for (const id of ids(agencyData?.ids)) urls.set(agenciesSection.item(id), "data/agencies.yaml");
  for (const f of run.files.values()) urls.set(f.url, `${FILES_DIR}/${f.name}`);
}
