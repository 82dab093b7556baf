/**
 * The typed, read-only store: everything in content/ and data/, checked, with defaults
 * applied and ids resolved. Every later stage (pages, search, calendars, feeds) reads this
 * and never the files.
 */
import type { ItemOfSpec } from "./kinds/define.ts";
import type { Kind } from "./kinds/index.ts";
import type { Activity } from "./schema/activity.ts";
import type { Agency } from "./schema/agency.ts";
import type { Guide } from "./schema/guide.ts";
import type { LibraryDocument } from "./schema/document.ts";
import type { Question } from "./schema/question.ts";
import type { Page } from "./schema/page.ts";
import type { Plan } from "./schema/plan.ts";
import type { Province } from "./schema/province.ts";
import type { Site } from "./schema/site.ts";
import type { Topic } from "./schema/topic.ts";
import type { SessionInput } from "./schema/training.ts";
import type { IsoDate } from "./vi/dates.ts";
import { remember, type Remembered } from "./reads.ts";

/** Where an item came from, for messages in later stages. */
export interface SourceRef {
  file: string;
  line: number;
}

export interface Published {
  id: string;
  /** Site-relative URL without the path prefix, e.g. "/ke-hoach/tuyen-quang-2022-2025/". */
  url: string;
  source: SourceRef;
}

export interface WithBody {
  /** Markdown source (NFC). Render with src/markdown.ts. */
  body: string;
}

export type PlanItem = Plan & Published & WithBody;
export type GuideItem = Guide & Published & WithBody;
export type ActivityItem = Activity & Published & WithBody;
export type PageItem = Page & Published & WithBody;
/** A document of the library; its body is an optional note shown under its facts. */
export type DocumentItem = LibraryDocument & Published & WithBody;
/** A question; its body is the answer. */
export type QuestionItem = Question & Published & WithBody;
/** A session with its calendar's defaults applied. */
export type SessionItem = Omit<SessionInput, "organizer" | "plan"> &
  Published & {
    organizer: string;
    plan?: string;
    /** The calendar file it is listed in. */
    calendar: string;
  };

export interface Attachment {
  /** Name under content/files/, e.g. "ke-hoach.pdf". */
  name: string;
  url: string;
  bytes: number;
  /** Upper-case extension, e.g. "PDF". */
  type: string;
}

/** What the store holds beside the content kinds' items. */
export interface StoreData {
  /** "Today" in Vietnam for everything that depends on the date. */
  today: IsoDate;
  /** The build clock, in milliseconds since the epoch. */
  now: number;
  site: Site;
  agencies: ReadonlyMap<string, Agency>;
  provinces: ReadonlyMap<string, Province>;
  topics: ReadonlyMap<string, Topic>;
  files: ReadonlyMap<string, Attachment>;
}

/** The items of each content kind (src/kinds/), under the kind's store key: store.plans, store.sessions… */
export type KindItems = { readonly [K in Kind as K["storeKey"]]: readonly ItemOfSpec<K>[] };

export type Store = StoreData & KindItems;

const readOnly = () => {
  throw new TypeError("the content store is read-only");
};

/** Makes a value and everything inside it read-only. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    // Object.freeze does not stop Map.prototype.set: this map's own mutators refuse instead.
    if (value instanceof Map) for (const m of ["set", "delete", "clear"]) Object.defineProperty(value, m, { value: readOnly });
    Object.freeze(value);
    if (value instanceof Map) for (const v of value.values()) deepFreeze(v);
    else for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Something pages need from the whole store (an index, a grouping, figures), worked out the first
 * time one asks and kept for as long as the store lives: a build renders tens of thousands of
 * pages from one store, and the preview makes a new store on each edit. Each use notes the reads
 * that made it (src/reads.ts), as if the page had worked it out itself.
 */
export function perStore<T>(make: (store: Store) => T): (store: Store) => T {
  const made = new WeakMap<Store, Remembered<T>>();
  return (store) => remember(made, store, () => make(store));
}
