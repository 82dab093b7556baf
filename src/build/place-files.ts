/**
 * Files placed into a new folder tree, each folder made once: a build places tens of thousands
 * of files, most of them alone in their folder. `link` hard-links a file that nothing writes
 * again (a published page, a page the indexer only reads), copying it where the file system
 * cannot link; `copy` copies, for a source that may change after (the search index's cache).
 */
import { constants, copyFileSync, linkSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export interface FilePlacer {
  link(from: string, to: string): void;
  copy(from: string, to: string): void;
}

export function placeFiles(): FilePlacer {
  const folders = new Set<string>();
  const folderOf = (to: string) => {
    const folder = dirname(to);
    if (folders.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  };
  const copy = (from: string, to: string) => {
    folderOf(to);
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  };
  return {
    copy,
    link(from, to) {
      folderOf(to);
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to, constants.COPYFILE_FICLONE);
      }
    },
  };
}
