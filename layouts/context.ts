/** What every layout receives: the checked store and helpers, never raw front matter. */
import type { Urls } from "../src/site/urls.ts";
import type { Store } from "../src/store.ts";

export interface PageContext {
  store: Store;
  urls: Urls;
  /** This page's site URL (without the prefix), e.g. "/dao-tao/". */
  url: string;
  /** Fingerprinted asset URLs (without the prefix). */
  assets: Assets;
  /** Content errors to show over the page while previewing (npm start). */
  previewErrors?: readonly string[];
  /** The search index is one bundle holding every page (the preview's), not partitions by year. */
  singleSearchIndex?: boolean;
}

export interface Assets {
  css: string;
  filtersJs: string;
  searchJs: string;
  favicon: string;
}

export interface Crumb {
  label: string;
  url?: string;
}
