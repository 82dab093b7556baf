/**
 * Content that names a province which no longer existed on the day of its event: since
 * 1/7/2025 "Quảng Nam" is part of Đà Nẵng, so a news item of 2026 filed under `quang-nam`, or a
 * venue written "…, tỉnh Quảng Nam" for a session of 2026, is most likely a copy of older text.
 * These are warnings (the text may be quoting history); each names the successor to use and
 * points at the exact value or words. Sessions that refer to a former unit by id are already
 * errors (`ref/expired`).
 */
import type { Diagnostic, KeyPath } from "../diagnostics.ts";
import type { Province } from "../schema/province.ts";
import { currentProvinceOf, provinceTitle } from "../site/provinces.ts";
import type { IsoDate } from "../vi/dates.ts";
import type { ParsedYaml } from "./source.ts";
import { escapeRegExp } from "../regexp.ts";

interface Where {
  file: string;
  source: ParsedYaml;
  base: KeyPath;
}

const escapedName = (name: string) => escapeRegExp(name.normalize("NFC"));
/** "tỉnh Quảng Nam", "TP. Quảng Nam", "thành phố …", not followed by "cũ" (the reader's way of saying "the former"). */
function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:tỉnh|thành phố|tp\\.?)\\s+${escapedName(name)}(?![\\p{L}\\p{N}])(?!\\s+cũ(?![\\p{L}\\p{N}]))`, "giu");
}

export function formerUnitChecks(provinces: ReadonlyMap<string, Province>) {
  // Only units that lost their name: "tỉnh Tuyên Quang" still exists after the merger.
  const currentNames = new Set([...provinces.values()].filter((p) => !p.validTo).map((p) => p.name.normalize("NFC")));
  const former = [...provinces.values()]
    .filter((p) => p.validTo && !currentNames.has(p.name.normalize("NFC")))
    .map((p) => ({ p, pattern: namePattern(p.name), successor: currentProvinceOf(provinces, p.id) }));
  // Every pattern needs one of the names: one scan rules out most texts (venues of today).
  const anyName = former.length ? new RegExp(former.map(({ p }) => escapedName(p.name)).join("|"), "iu") : undefined;
  const out: Diagnostic[] = [];

  /** An item of `date` filed under the former unit `id` (at `path`). */
  const reference = (at: Where, path: KeyPath, id: string | undefined, date: IsoDate) => {
    const p = id ? provinces.get(id) : undefined;
    if (!p?.validTo || date <= p.validTo) return;
    const successor = currentProvinceOf(provinces, p.id);
    out.push({
      file: at.file,
      ...at.source.positionOf([...at.base, ...path], "value"),
      path: [...at.base, ...path],
      code: "province/former",
      severity: "warning",
      params: { value: p.id, unit: provinceTitle(p, p.validTo), validTo: p.validTo, date, successor: successor?.id ?? "", successorName: successor ? provinceTitle(successor, date) : "" },
    });
  };

  /** A text of an event on `date` (at `path`) that writes a former unit's name as a place. */
  const text = (at: Where, path: KeyPath, value: string | undefined, date: IsoDate) => {
    if (!value) return;
    const written = value.normalize("NFC");
    if (!anyName?.test(written)) return;
    const full = [...at.base, ...path];
    for (const { p, pattern, successor } of former) {
      if (date <= p.validTo!) continue;
      let cursor = 0;
      for (const m of written.matchAll(pattern)) {
        const found = at.source.find(full, m[0], cursor);
        out.push({
          file: at.file,
          ...(found?.position ?? at.source.positionOf(full, "value")),
          path: full,
          code: "province/former-name",
          severity: "warning",
          params: { written: m[0], unit: p.name, validTo: p.validTo, date, successorName: successor ? provinceTitle(successor, date) : "" },
        });
        if (found) cursor = found.offset + 1;
      }
    }
  };
  return { reference, text, diagnostics: out };
}
