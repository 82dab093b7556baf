/**
 * A rebuild writes again only the pages that changed. A route whose published file the page state
 * says was made from reads that did not change (src/build/page-state.ts) is kept without being
 * rendered. Every other route whose file the published site already has is rendered and compared
 * with that file byte for byte. A kept file is hard-linked from the published site into the fresh
 * folder (copied where the file system cannot link), and only the others go to Eleventy. Either
 * way the published file is checked: it must be the very file the state noted (same inode, size,
 * modification and change time) or have the bytes it noted, or else equal the render; so a page
 * is kept only when it is exactly what a cold build would write.
 * The published site is only read: it stays whole until the fresh folder replaces it.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { PageState } from "./page-state.ts";
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
  /** How many of those were kept without being rendered. */
  unrendered: number;
}

export interface KeepOptions {
  /**
   * What the published pages were made from: a page whose reads did not change is kept without
   * being rendered (src/build/page-state.ts).
   */
  state?: PageState;
  /** Render the pages kept that way all the same, and fail if one differs: for the tests. */
  verify?: boolean;
  /**
   * Where to note the files kept (paths in the site) when they are to stay where they are in the
   * published site (src/build/publish.ts, publishChanges) rather than be linked into the fresh folder.
   */
  inPlace?: Set<string>;
  /** Told of each route kept without being rendered. */
  keptUnrendered?: (route: Route) => void;
}

/**
 * Links into `fresh` each route's file that `published` holds with the same bytes, and returns the
 * routes left to write. Without a published site, every route is left, unrendered.
 */
export async function keepUnchanged(routes: readonly Route[], published: string | undefined, fresh: string, options: KeepOptions = {}): Promise<Sorted> {
  const sorted: Sorted = { changed: [], keptPages: 0, keptFiles: 0, unrendered: 0 };
  if (!published) {
    sorted.changed.push(...routes);
    return sorted;
  }
  const place = placeFiles();
  const keep = (route: Route) => {
    if (options.inPlace) options.inPlace.add(route.file);
    else place.link(join(published, route.file), join(fresh, route.file));
    sorted.keptFiles++;
    if (route.html) sorted.keptPages++;
  };
  let held = 0;
  let seen = 0;
  for (const route of routes) {
    if (++seen % YIELD_EVERY === 0) await new Promise((next) => setImmediate(next));
    const old = join(published, route.file);
    const size = statSync(old, { throwIfNoEntry: false, bigint: true });
    if (!size?.isFile()) {
      sorted.changed.push(route);
      continue;
    }
    if (options.state?.reusable(route.file, old, size)) {
      if (options.verify && !readFileSync(old).equals(Buffer.from(route.render())))
        throw new Error(`${route.file} was kept unrendered, yet renders differently: its render reads something src/reads.ts does not note`);
      keep(route);
      sorted.unrendered++;
      options.keptUnrendered?.(route);
      continue;
    }
    if (held >= HELD_LIMIT) {
      sorted.changed.push(route);
      continue;
    }
    const html = route.render();
    const bytes = Buffer.from(html);
    if (BigInt(bytes.length) !== size.size || !readFileSync(old).equals(bytes)) {
      held += html.length;
      sorted.changed.push({ ...route, render: () => html });
      continue;
    }
    keep(route);
  }
  return sorted;
}
