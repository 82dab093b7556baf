/**
 * A rebuild writes again only the pages that changed. Each route whose file the published site
 * already has is rendered and compared with that file byte for byte; a page that is the same is
 * hard-linked from the published site into the fresh folder (copied where the file system cannot
 * link), and only the others go to Eleventy. Nothing but the bytes is trusted (no record of
 * earlier builds, no dates), so a page is kept only when it is exactly what a cold build would
 * write. The published site is only read: it stays whole until the fresh folder replaces it.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { placeFiles } from "./place-files.ts";
import type { Route } from "./route.ts";

/**
 * The pages rendered for a comparison that turned out different are held until Eleventy writes
 * them, up to this many characters in all; past it, the remaining routes go to Eleventy
 * unrendered, so that a rebuild in which most pages changed (a new layout) holds no more memory
 * than a cold build and renders no page twice.
 */
const HELD_LIMIT = 64 * 1024 * 1024;

/** Every so many routes the comparison lets the index, running beside it, take its turn. */
const YIELD_EVERY = 200;

export interface Sorted {
  /** The routes Eleventy still has to write: changed, new, or past the memory limit. */
  changed: Route[];
  /** How many HTML pages were kept from the published site. */
  keptPages: number;
  /** How many files of any kind were kept. */
  keptFiles: number;
}

/**
 * Links into `fresh` each route's file that `published` holds with the same bytes, and returns the
 * routes left to write. Without a published site, every route is left, unrendered.
 */
export async function keepUnchanged(routes: readonly Route[], published: string | undefined, fresh: string): Promise<Sorted> {
  const sorted: Sorted = { changed: [], keptPages: 0, keptFiles: 0 };
  if (!published) {
    sorted.changed.push(...routes);
    return sorted;
  }
  const place = placeFiles();
  let held = 0;
  let seen = 0;
  for (const route of routes) {
    if (++seen % YIELD_EVERY === 0) await new Promise((next) => setImmediate(next));
    const old = join(published, route.file);
    const size = held < HELD_LIMIT ? statSync(old, { throwIfNoEntry: false }) : undefined;
    if (!size?.isFile()) {
      sorted.changed.push(route);
      continue;
    }
    const html = route.render();
    const bytes = Buffer.from(html);
    if (bytes.length !== size.size || !readFileSync(old).equals(bytes)) {
      held += html.length;
      sorted.changed.push({ ...route, render: () => html });
      continue;
    }
    place.link(old, join(fresh, route.file));
    sorted.keptFiles++;
    if (route.html) sorted.keptPages++;
  }
  return sorted;
}
