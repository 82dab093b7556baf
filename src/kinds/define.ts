/**
 * The shape of a content kind: everything the portal needs to know about one kind, in one
 * object (where its files live, its schema, its URLs, how the menu, the search index, the
 * sitemap, open data, `npm run new` and the editors' reference present it). The loader, the
 * store's type, the route table and the rest read the list in ./index.ts, never a copy.
 * Like Astro's defineCollection: plain data and a few functions, checked by the compiler.
 */
import type { z } from "zod";
import type { Fill } from "../scaffold.ts";
import type { Section, Urls } from "../site/urls.ts";
import type { Published, Store, WithBody } from "../store.ts";
import type { IsoDate } from "../vi/dates.ts";

/** A Markdown kind's item in the store: its front matter, checked, plus id, URL, source and body. */
export type MarkdownItem<S extends z.ZodType> = z.output<S> & Published & WithBody;

/** What the search index says about one item beside its text (see src/search/record.ts). */
export interface SearchFacts {
  meta?: { date?: string; place?: string; "tinh-cu"?: string };
  /** Province name for the "Tỉnh, thành phố" filter. */
  tinh?: string | undefined;
  /** Topic names for the "Chủ đề" filter. */
  topics?: string[];
  /** Years for the "Năm" filter. */
  nam?: string[];
  /** ISO date results sort by. */
  sort?: IsoDate;
  /** For sessions: where the session stands at the build's clock (see SearchRecord in src/search/record.ts). */
  session?: "dang-nhan-dang-ky" | "sap-dien-ra" | "da-dien-ra";
}

/** Lookups the search facts of an item may need. */
export interface SearchHelpers {
  province(id: string | undefined): string | undefined;
  /** Provinces merged into `id` before `date`, for searches by a former name. */
  formerly(id: string | undefined, date: IsoDate): string | undefined;
  topics(ids: readonly string[] | undefined): string[];
  /** The build clock and "today" in Vietnam. */
  now: number;
  today: IsoDate;
}

/** What `npm run new -- <command> "<title>"` writes for this kind. */
export interface ScaffoldContext {
  /** Project root. */
  root: string;
  /** Today in Vietnam. */
  today: IsoDate;
  /** The folder of this kind's files, relative to the root. */
  dir: string;
}

export interface KindSpec<Name extends string = string, Key extends string = string, Item extends Published = Published> {
  /** The kind's name in code, in search records and JSON Schema file names: "plan". */
  name: Name;
  /** Vietnamese and English names of one item, lower case: "kế hoạch", "plan". */
  label: { vi: string; en: string };
  /** The store's key for the list of items: store.plans. */
  storeKey: Key;
  /**
   * Where its files live. "markdown": one file per item (front matter + body), id from the file
   * name. "calendar": YAML files holding many items (training sessions) under `sessions`.
   */
  source: { format: "markdown" | "calendar"; dir: string };
  /** Front matter schema (Markdown), or the whole file's schema (calendar). */
  schema: z.ZodType;
  /** Its list page (absent for kinds without one, such as standing pages) and item pages. */
  url: Pick<Section, "item"> & { list?: string };
  /** Label in the main menu; absent: not in the menu. */
  menu?: string;
  search: {
    /** The value of the search page's "Loại" filter. */
    label: string;
    facts(item: Item, helpers: SearchHelpers): SearchFacts;
  };
  /** The date search engines are told the item's page last changed (sitemap lastmod). */
  sitemapDate?(item: Item): IsoDate | undefined;
  /** Open data files built from the kind (/api/…). */
  openData?: readonly { url: string; text(store: Store, urls: Urls): string }[];
  /** `npm run new`: the command word, and the keys filled from the context. */
  scaffold: {
    command: string;
    /** Said after the kind's name in the usage: "tiêu đề là trích yếu". */
    note?: string;
    fill?(title: string, context: ScaffoldContext): Fill; fileId?(id: string, context: ScaffoldContext, explicitId: boolean): string;
  };
  /** The editors' reference section and the JSON Schema's title. */
  reference: {
    /** JSON Schema file name stem (schemas/<schemaName>.schema.json). */
    schemaName: string;
    heading: string;
    /** The file, as editors see it: "content/plans/<mã>.md". */
    where: string;
    intro: string;
    /** The JSON Schema's description. */
    description: string;
    /** How a reference to an item is typed and an example id, when other files may name one. */
    ref?: { type: string; example: string };
  };
}

/** Identity at run time; keeps the literal types of name and storeKey and the item type. */
export function defineKind<Name extends string, Key extends string, Item extends Published>(spec: KindSpec<Name, Key, Item>): KindSpec<Name, Key, Item> {
  return spec;
}

/** The store's item type of a kind. */
export type ItemOfSpec<K> = K extends KindSpec<string, string, infer I> ? I : never;
