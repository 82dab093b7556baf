/**
 * Stage: content/files/, the attachments published as they are. Only documents and pictures:
 * a page or script there would run from the portal's own address.
 */
import { existsSync, lstatSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { FILES_DIR } from "../../schema/index.ts";
import { fileUrl } from "../../site/urls.ts";
import { readDir, realFolder, rel, type LoadRun } from "./run.ts";

/**
 * What content/files/ may hold: documents and pictures. HTML, SVG, JavaScript and the like are
 * refused, since a browser opening them from the portal's address would run what they contain.
 */
export const ATTACHMENT_TYPES: ReadonlySet<string> = new Set(["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv", "zip", "png", "jpg", "jpeg", "gif", "webp"]);

export function readAttachments(run: LoadRun): void {
  const { diagnostics, files, root } = run;
  const walkFiles = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readDir(run, dir)) {
      const abs = join(dir, entry.name);
      if (entry.name.startsWith(".")) continue;
      if (entry.isSymbolicLink()) diagnostics.push({ file: rel(run, abs), line: 1, column: 1, path: [], code: "file/symlink", severity: "error", params: {} });
      else if (entry.isDirectory()) walkFiles(abs);
      else if (entry.isFile()) {
        const name = relative(join(root, FILES_DIR), abs).split(sep).join("/");
        // Published as is, from the portal's own address: a page or script there would run as the portal.
        if (!ATTACHMENT_TYPES.has(extname(name).slice(1).toLowerCase())) {
          diagnostics.push({ file: rel(run, abs), line: 1, column: 1, path: [], code: "file/attachment-type", severity: "error", params: { name } });
          continue;
        }
        files.set(name, { name, url: fileUrl(name), bytes: lstatSync(abs).size, type: extname(name).slice(1).toUpperCase() });
      }
    }
  };
  if (realFolder(run, FILES_DIR)) walkFiles(join(root, FILES_DIR));
}
