/**
 * A worker thread that writes every other searchable page, so that the pages are rendered on
 * two cores. It loads the store itself while the main thread checks the content (a store holds
 * functions and cannot be sent between threads), then waits for the folder to write into.
 * The main thread writes the other pages and reports any content error; this one only writes.
 */
import { parentPort, workerData } from "node:worker_threads";
import { hasErrors } from "../diagnostics.ts";
import { loadContent } from "../content/load.ts";
import { searchableRoutes, writePages } from "./build.ts";

const { root, now, drafts } = workerData as { root: string; now: number; drafts: boolean };
const { store, diagnostics } = loadContent({ root, now, drafts });
const port = parentPort!;
port.once("message", async ({ dir }: { dir: string }) => {
  try {
    if (!store || hasErrors(diagnostics)) throw new Error("the content changed during the build");
    const written = await writePages(searchableRoutes(store).filter((_, i) => i % 2 === 1), dir);
    port.postMessage({ written: written.map((page) => page.url) });
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
