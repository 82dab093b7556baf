/** The feeds fixture (test/fixtures/feeds, with a path prefix) and the bundled content, loaded with the test clock. */
import { join } from "node:path";
import { loadContent } from "../../src/content/load.ts";
import { siteUrls, type Urls } from "../../src/site/urls.ts";
import type { SessionItem, Store } from "../../src/store.ts";
import { FIXTURES, makeProject, NOW, REPO_ROOT, type Edits } from "../helpers/project.ts";

export { NOW };
export const HOST = "nangsuat.example.gov.vn";
/** The fixture's base URL with its path prefix. */
export const BASE = `https://${HOST}/nang-suat`;

function storeOf(root: string, now: number): Store {
  const result = loadContent({ root, now });
  if (!result.store) throw new Error(`${root} does not load: ${result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`).join("; ")}`);
  return result.store;
}

/** The fixture as it is (read in place), or a copy with edits. */
export function fixtureStore(edits?: Edits, now = NOW): Store {
  if (!edits) return storeOf(join(FIXTURES, "feeds"), now);
  return storeOf(makeProject(edits, "feeds").root, now);
}

/** The bundled demo content (others keep adding to it, so tests on it check invariants only). */
export const bundledStore = (now = NOW): Store => storeOf(REPO_ROOT, now);

export const urlsOf = (store: Store): Urls => siteUrls(store.site);

export function session(store: Store, id: string): SessionItem {
  const s = store.sessions.find((x) => x.id === id);
  if (!s) throw new Error(`no session ${id}`);
  return s;
}
