/**
 * What a page read from the store, so that a rebuild renders again only the pages whose reads
 * changed (src/build/page-state.ts). `trackReads` gives a view of the store that notes each read
 * in the collector open at the time (`collectReads`): an item as a whole when any of its fields is
 * read, a collection's membership and order when it is scanned, a date or the site's settings
 * when they are read. Values worked out once for many pages (`perStore`, `remember`) keep the
 * reads that made them and note them again in every page that uses them.
 *
 * A read is named by a key ("sessions:/dao-tao/…/", "sessions[]", "topics:5s", "today") and its
 * value by a fingerprint (`readFingerprints`): a page whose keys all have the fingerprints they had
 * when it was rendered would be rendered the same, byte for byte, by the same code.
 */
import { hash } from "node:crypto";
import type { Store } from "./store.ts";

/**
 * What some work read: keys, and the reads of the remembered values it used, shared rather than
 * copied (a value worked out from every session is used by thousands of pages).
 */
export class Reads {
  readonly keys = new Set<string>();
  readonly parts = new Set<Reads>();

  /** Every key, its parts' included. */
  all(): Set<string> {
    const out = new Set(this.keys);
    for (const part of this.parts) for (const key of part.all()) out.add(key);
    return out;
  }
}

/** Reads made of other reads. */
export function readsOf(...parts: Reads[]): Reads {
  const reads = new Reads();
  for (const part of parts) reads.parts.add(part);
  return reads;
}

/** The reads of what is being worked out now, innermost last. */
const open: Reads[] = [];
let current: Reads | undefined;

/** Notes a read of what is being worked out now. */
export function noteRead(key: string): void {
  current?.keys.add(key);
}

/** Notes that what is being worked out now used a value made from `part`. */
function notePart(part: Reads): void {
  if (current && current !== part) current.parts.add(part);
}

/**
 * Runs `work` and returns what it gave and every read it made. Work done inside other work is
 * part of it: its reads are noted in the outer work too.
 */
export function collectReads<T>(work: () => T): { value: T; reads: Reads } {
  const reads = new Reads();
  try {
    return { value: within(reads, work), reads };
  } finally {
    wholeCollections(reads);
    notePart(reads);
  }
}

/** Runs `work` with its reads noted in `reads` only. */
function within<T>(reads: Reads, work: () => T): T {
  open.push(reads);
  current = reads;
  try {
    return work();
  } finally {
    open.pop();
    current = open[open.length - 1];
  }
}

/** Past this many items of one collection, a work is taken to read the whole collection. */
const WHOLE_AFTER = 256;

/**
 * Replaces many items of one collection by the whole collection: a page that reads every
 * session would otherwise carry 30,000 keys. Reading more than was read is always safe: the
 * page is rendered again a little more often, never kept when it changed.
 */
function wholeCollections(reads: Reads): void {
  if (reads.keys.size < WHOLE_AFTER) return;
  const counts = new Map<string, number>();
  for (const key of reads.keys) {
    const collection = collectionOf(key);
    if (collection) counts.set(collection, (counts.get(collection) ?? 0) + 1);
  }
  for (const [collection, count] of counts) {
    if (count < WHOLE_AFTER) continue;
    for (const key of reads.keys) if (collectionOf(key) === collection) reads.keys.delete(key);
    reads.keys.add(wholeKey(collection));
  }
}

/** Runs `work` with none of its reads noted anywhere. */
const unnoted = <T>(work: () => T): T => within(new Reads(), work);

/** Values worked out from the whole store, by id, under a name: see `derivedRead`. */
const derivations = new Map<string, (store: Store) => ReadonlyMap<string, unknown>>();

/**
 * A value worked out from the store that a page reads as itself rather than as what it was worked
 * out from: a page showing a session's status depends on the status, not on the clock's instant,
 * which moves between any two builds. `make` gives every such value of a store by id; reading one
 * notes "<name>:<id>", whose fingerprint is the value's.
 */
export function derivedRead<V>(name: string, make: (store: Store) => ReadonlyMap<string, V>): (store: Store, id: string) => V | undefined {
  derivations.set(name, make);
  const made = new WeakMap<Store, ReadonlyMap<string, V>>();
  return (store, id) => {
    noteRead(itemKey(name, id));
    let values = made.get(store);
    if (!values) made.set(store, (values = unnoted(() => make(store))));
    return values.get(id);
  };
}

/**
 * A value remembered in `cache` under `key` (a store, a session), made once by `make`: each use
 * notes the reads that made it, so that remembering changes nothing in what a page depends on.
 */
export interface Remembered<V> {
  value: V;
  reads: Reads;
}
export function remember<K extends object, V>(cache: WeakMap<K, Remembered<V>>, key: K, make: () => V): V {
  let made = cache.get(key);
  if (!made) cache.set(key, (made = collectReads(make)));
  notePart(made.reads);
  return made.value;
}

// Keys. An item of a content kind by its URL, an entry of a data table by its id; a collection's
// membership and order; every item of a collection.
const itemKey = (collection: string, url: string) => `${collection}:${url}`;
const membershipKey = (collection: string) => `${collection}[]`;
const wholeKey = (collection: string) => `${collection}[*]`;
const collectionOf = (key: string): string | undefined => {
  const colon = key.indexOf(":");
  return colon > 0 ? key.slice(0, colon) : undefined;
};

/** An object whose every read notes `key`. Frozen objects allow this: it hands back their own values. */
function noting<T extends object>(value: T, key: string): T {
  // Pages read many fields of an item in a row: the key is added once for each run of them.
  let noted: Reads | undefined;
  return new Proxy(value, {
    get(target, prop) {
      if (current !== noted && (noted = current)) noted.keys.add(key);
      return (target as Record<string | symbol, unknown>)[prop];
    },
    has(target, prop) {
      noteRead(key);
      return Reflect.has(target, prop);
    },
    ownKeys(target) {
      noteRead(key);
      return Reflect.ownKeys(target);
    },
  });
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** A collection whose scan notes its membership; its items note themselves when read. */
function notingList<T extends { url: string }>(items: readonly T[], collection: string): readonly T[] {
  const members = Object.freeze(items.map((item) => noting(item, itemKey(collection, item.url))));
  const key = membershipKey(collection);
  return new Proxy(members, {
    get(target, prop) {
      // One item by its position is not a scan (reading the item notes it); anything else is.
      if (current && (typeof prop !== "string" || !isDigit(prop.charCodeAt(0)))) current.keys.add(key);
      return (target as unknown as Record<string | symbol, unknown>)[prop];
    },
  });
}

/** A data table (topics, provinces…) whose lookups note the entry asked for, found or not. */
class NotingMap<V> extends Map<string, V> {
  readonly #key: string;
  constructor(entries: Iterable<readonly [string, V]>, table: string) {
    super(entries);
    this.#key = table;
  }
  override get(id: string): V | undefined {
    noteRead(itemKey(this.#key, id));
    return super.get(id);
  }
  override has(id: string): boolean {
    noteRead(itemKey(this.#key, id));
    return super.has(id);
  }
  override get size(): number {
    noteRead(membershipKey(this.#key));
    return super.size;
  }
  override entries(): MapIterator<[string, V]> {
    noteRead(membershipKey(this.#key));
    return super.entries();
  }
  override keys(): MapIterator<string> {
    noteRead(membershipKey(this.#key));
    return super.keys();
  }
  override values(): MapIterator<V> {
    noteRead(membershipKey(this.#key));
    return super.values();
  }
  override forEach(each: (value: V, key: string, map: Map<string, V>) => void, self?: unknown): void {
    noteRead(membershipKey(this.#key));
    super.forEach(each, self);
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

const tracked = new WeakMap<Store, Store>();

/**
 * The store as pages should read it: the same values, each read noted. One view per store, so
 * that values remembered per store are worked out once.
 */
export function trackReads(store: Store): Store {
  let view = tracked.get(store);
  if (view) return view;
  view = {} as Store;
  for (const [name, value] of Object.entries(store)) {
    let read: unknown;
    if (Array.isArray(value)) read = notingList(value as { url: string }[], name);
    else if (value instanceof Map)
      read = new NotingMap([...(value as Map<string, object>)].map(([id, entry]) => [id, entry && typeof entry === "object" ? noting(entry, itemKey(name, id)) : entry] as const), name);
    else if (value && typeof value === "object") read = noting(value as object, name);
    else {
      Object.defineProperty(view, name, { enumerable: true, get: () => (noteRead(name), value) });
      continue;
    }
    Object.defineProperty(view, name, { enumerable: true, value: read });
  }
  Object.freeze(view);
  tracked.set(store, view);
  return view;
}

/** A short hash of a value as JSON: equal for equal content. */
export const fingerprint = (value: unknown): string => hash("sha1", JSON.stringify(value) ?? "undefined", "base64url");

/**
 * The fingerprint of each key's value in `store` (undefined for what it does not hold), and of
 * `extra` keys whose values the caller knows (a page's search record).
 */
export function readFingerprints(store: Store, extra: ReadonlyMap<string, string> = new Map()): (key: string) => string | undefined {
  const values = new Map<string, unknown>();
  // Derived values (`derivedRead`) are worked out only when a key asks for them.
  const lazy = new Map<string, () => ReadonlyMap<string, unknown>>();
  // A whole collection by its items' keys, in order: its fingerprint is made of theirs.
  const wholes = new Map<string, string[]>();
  for (const [name, value] of Object.entries(store)) {
    if (Array.isArray(value)) {
      values.set(membershipKey(name), value.map((item: { url: string }) => item.url));
      for (const item of value as { url: string }[]) values.set(itemKey(name, item.url), item);
      wholes.set(wholeKey(name), value.map((item: { url: string }) => itemKey(name, item.url)));
    } else if (value instanceof Map) {
      values.set(membershipKey(name), [...value.keys()]);
      for (const [id, entry] of value as Map<string, unknown>) values.set(itemKey(name, id), entry);
      wholes.set(wholeKey(name), [...value.keys()].map((id: string) => itemKey(name, id)));
    } else values.set(name, value);
  }
  for (const [name, make] of derivations) {
    let made: ReadonlyMap<string, unknown> | undefined;
    lazy.set(name, () => (made ??= make(store)));
  }
  const printNow = (key: string): string | undefined => {
    const items = wholes.get(key);
    if (items) return hash("sha1", items.map(print).join("\n"), "base64url");
    if (values.has(key)) return fingerprint(values.get(key));
    if (key.endsWith("[*]")) {
      const all = lazy.get(key.slice(0, -"[*]".length));
      return all ? fingerprint([...all()]) : undefined;
    }
    const name = collectionOf(key);
    const all = name === undefined ? undefined : lazy.get(name)?.();
    const id = key.slice((name?.length ?? 0) + 1);
    return all?.has(id) ? fingerprint(all.get(id)) : undefined;
  };
  const known = new Map<string, string | undefined>(extra);
  const print = (key: string): string | undefined => {
    if (!known.has(key)) known.set(key, printNow(key));
    return known.get(key);
  };
  return print;
}
