/**
 * Stage: checks across files, last part — each site link written in a body or a session's
 * description leads to a page or file the site publishes (the URL set the ids stage made).
 */
import type { KeyPath } from "../../diagnostics.ts";
import { isSafeLink } from "../../markdown.ts";
import { markdownKinds } from "../../kinds/index.ts";
import { isGeneratedUrl } from "../../site/urls.ts";
import type { ParsedYaml } from "../source.ts";
import { nearestUrl } from "../validate.ts";
import { decodeSafe } from "./paths.ts";
import { locate, offsetPos, once, report, scan, type LoadRun } from "./run.ts";

type LinkTarget = { target: string; line: number; column: number; href: string };

/**
 * The site paths that the links of a text point to, with where each is written; unsafe and
 * escaping links are reported here. This depends on the text alone: see `checkLinks`.
 */
function findLinks(run: LoadRun, file: string, text: string, firstLine: number, source?: ParsedYaml, path: KeyPath = []): LinkTarget[] {
  const { diagnostics } = run;
  const targets: LinkTarget[] = [];
  // Each link is looked for where it is written, after the previous one (markdown-it only gives
  // the first line of its block); when it cannot be found as written, the block or key is given.
  let cursor = 0;
  for (const link of scan(run, text).links) {
    const written = [...new Set([link.href, decodeSafe(link.href) ?? link.href, link.href.replace(/^mailto:/, "")])];
    let at: { line: number; column: number } | undefined;
    if (source) {
      for (const w of written) {
        const found = source.find(path, w, cursor);
        if (found) {
          cursor = found.offset + 1;
          at = found.position;
          break;
        }
      }
      at ??= source.positionOf(path);
    } else {
      const where = locate(run, text);
      for (const w of written) {
        if (where.budget <= 0) break;
        const from = Math.max(cursor, where.index.offset(link.line));
        const offset = text.indexOf(w, from);
        where.budget -= (offset === -1 ? text.length : offset) - from;
        if (offset !== -1) {
          cursor = offset + 1;
          at = offsetPos(run, { text, line: firstLine }, offset);
          break;
        }
      }
      at ??= { line: firstLine + link.line, column: 1 };
    }
    const { line, column } = at;
    if (!isSafeLink(link.href)) {
      diagnostics.push({ file, line, column, path, code: "link/unsafe", severity: "error", params: { value: link.href } });
      continue;
    }
    if (!link.href.startsWith("/")) continue;
    const target = decodeSafe(link.href.split(/[?#]/)[0]!);
    if (target === null || target.split("/").includes("..")) {
      diagnostics.push({ file, line, column, path, code: "ref/escapes", severity: "error", params: { value: link.href } });
      continue;
    }
    const withSlash = target.endsWith("/") || /\.[a-z0-9]+$/i.test(target) ? target : `${target}/`;
    if (withSlash !== "/" && !isGeneratedUrl(withSlash)) targets.push({ target: withSlash, line, column, href: link.href });
  }
  return targets;
}

export function checkLinks(run: LoadRun): void {
  const { diagnostics, urls } = run;
  /** Whether each site link of a text leads to a page of the site as it is now. */
  const resolve = (file: string, targets: LinkTarget[], path: KeyPath = []) => {
    for (const { target, line, column, href } of targets)
      if (!urls.has(target)) diagnostics.push({ file, line, column, path, code: "link/missing", severity: "error", params: { value: href, suggestion: nearestUrl(target, urls.keys()) } });
  };
  for (const { name } of markdownKinds)
    for (const d of run.docs[name]) if (d.body) resolve(d.file, once(run, d, "links", () => findLinks(run, d.file, d.body!.text, d.body!.line)));
  for (const s of run.sessions) {
    const description = s.value.description;
    if (!description) continue;
    const path = [...s.base, "description"];
    const targets = once(run, s.input, "links", () => {
      const found = findLinks(run, s.file, description, 1, s.source, path);
      // Raw HTML in a description is shown as text, as in page bodies: say so once per tag.
      for (const tag of new Set(scan(run, description).htmlTags.map((t) => t.tag))) report(run, s.file, s.source, path, "text/raw-html", { tag }, "warning");
      return found;
    });
    resolve(s.file, targets, path);
  }
}
