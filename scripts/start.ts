/**
 * npm start [-- --port 8080] [--now 2026-11-29]
 * Serves the site with drafts, each page rendered when it is asked for, with live reload;
 * the search index is built in the background into .cache/preview. On every change to
 * content/ or data/ the content is checked again (the changed files read again, the checks
 * across files run over all): errors are printed here and shown over the page in the
 * browser, while the last good pages stay served.
 */
import { parseArgs } from "node:util";
import { startPreview } from "../src/build/preview.ts";
import { resolveClock } from "../src/clock.ts";
import { buildRoutes } from "../layouts/routes.tsx";

const { values } = parseArgs({
  options: { port: { type: "string", default: "8080" }, now: { type: "string" }, root: { type: "string", default: "." } },
});
const now = resolveClock(values.now);
if (typeof now !== "number") {
  console.error(now.error);
  process.exit(2);
}
await startPreview({ root: values.root, port: Number(values.port), now: values.now === undefined && process.env.BUILD_DATE === undefined ? undefined : now, routes: buildRoutes });
