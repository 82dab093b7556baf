/**
 * What the build writes: a route is one output file and how to render it. The route table itself
 * (which pages the portal has and how they look) is the layouts' (layouts/routes.tsx); the
 * entry points hand it to the build and the preview, so nothing here depends on the layouts.
 */
import type { Reads } from "../reads.ts";
import type { Store } from "../store.ts";

export interface Route {
  /** Site URL without the prefix, e.g. "/dao-tao/" or "/feed.xml". */
  url: string;
  /** Output path relative to the site folder, e.g. "dao-tao/index.html". */
  file: string;
  /** HTML pages go to the search index and the link checker. */
  html: boolean;
  render(): string;
  /**
   * What the page shows that was read from the store before its render (src/reads.ts): values
   * worked out while the route table was made and captured by the view.
   */
  reads?: Reads;
}

export interface RouteOptions {
  /** Content errors to overlay on every page (preview only). */
  previewErrors?: readonly string[];
  /** The search index is one bundle holding every page (preview only). */
  singleSearchIndex?: boolean;
}

/** Every route of the site for one store. */
export type RouteTable = (store: Store, options?: RouteOptions) => Route[];
