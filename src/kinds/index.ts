/**
 * Every content kind of the portal, in one list. The store's type, the loader, the route table
 * (layouts/routes.tsx), the main menu, the sitemap, the search records, the JSON Schemas, the
 * editors' reference and `npm run new` are all derived from it.
 *
 * To add a kind (say `document`, files in content/documents/, pages under /van-ban/):
 * 1. write src/kinds/document.ts: `export const document = defineKind<"document", "documents",
 *    DocumentItem>({ ... })` with its zod schema (src/schema/document.ts, with `.meta()` help in
 *    Vietnamese), `url: section("van-ban")`, its menu and search labels, sitemap date and the
 *    keys `npm run new` fills; `type DocumentItem = MarkdownItem<typeof documentSchema>`;
 * 2. add it to `kinds` below (the order is the order of the menu, the routes and the search
 *    page's "Loại" filter);
 * 3. give it its list and item layouts in layouts/kinds.tsx (the compiler asks for them);
 * 4. add content, then run `npm run schemas` and `npm run docs`.
 * The store then has `store.documents`, and the checker reads content/documents/.
 */
import { activity } from "./activity.ts";
import { document } from "./document.ts";
import { question } from "./question.ts";
import type { Published, Store } from "../store.ts";
import { perStore } from "../store.ts";
import { remember, type Remembered } from "../reads.ts";
import type { Urls } from "../site/urls.ts";
import type { ItemOfSpec, KindSpec } from "./define.ts";
import { guide } from "./guide.ts";
import { page } from "./page.ts";
import { plan } from "./plan.ts";
import { session } from "./session.ts";

export const kinds = [plan, guide, session, activity, document, question, page] as const;

export type Kind = (typeof kinds)[number];
export type KindName = Kind["name"];
/** A kind by its name, with its own item type. */
export type KindOf<N extends KindName> = Extract<Kind, { name: N }>;
/** The store's item type of a kind. */
export type ItemOf<N extends KindName> = ItemOfSpec<KindOf<N>>;

export const kindByName = Object.fromEntries(kinds.map((k) => [k.name, k])) as { [N in KindName]: KindOf<N> };

/**
 * The same list, for code that treats every kind alike (the sitemap, search records): each item
 * is only known to be published. The compiler accepts this because a kind's functions are methods.
 */
export const allKinds: readonly KindSpec<KindName, string, Published>[] = kinds;

/** A kind's items in the store. */
export const itemsOf = (store: Store, kind: KindSpec<KindName, string, Published>): readonly Published[] => (store as unknown as Record<string, readonly Published[]>)[kind.storeKey] ?? [];

/** An open data file a kind publishes (its JSON, its CSV). */
export type OpenDataFile = NonNullable<KindSpec<KindName, string, Published>["openData"]>[number];

/**
 * An open data file's text, made once per store and URL scheme: the build writes it, and the open
 * data page shows its size (every open data file took 1.6 s to make at 30,000 items).
 */
export function openDataText(store: Store, urls: Urls, file: OpenDataFile): string {
  const byUrls = openDataTexts(store);
  let texts = byUrls.get(urls);
  if (!texts) byUrls.set(urls, (texts = new WeakMap()));
  return remember(texts, file, () => file.text(store, urls));
}
const openDataTexts = perStore(() => new WeakMap<Urls, WeakMap<OpenDataFile, Remembered<string>>>());

/** Kinds kept one file per item, as Markdown with front matter. */
export const markdownKinds = kinds.filter((k) => k.source.format === "markdown");
