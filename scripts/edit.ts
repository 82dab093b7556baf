/**
 * npm run edit [-- --port 8081] [--preview-port 8080] [--now 2026-11-29]
 * Opens the browser editor against this working copy: the editor at
 * http://127.0.0.1:8081/quan-tri/ and the live preview of the site (as `npm start`) at
 * http://localhost:8080, which reloads after each save. Every save is checked first; a save the
 * checker refuses is not written, and the editor shows why. Commit the changes with git as usual.
 */
import { parseArgs } from "node:util";
import { startPreview } from "../src/build/preview.ts";
import { resolveClock } from "../src/clock.ts";
import { startEditServer } from "../src/editor/server.ts";
import { buildRoutes } from "../layouts/routes.tsx";

const { values } = parseArgs({
  options: { port: { type: "string", default: "8081" }, "preview-port": { type: "string", default: "8080" }, now: { type: "string" }, root: { type: "string", default: "." } },
});
const now = resolveClock(values.now);
if (typeof now !== "number") {
  console.error(now.error);
  process.exit(2);
}
const fixed = values.now === undefined && process.env.BUILD_DATE === undefined ? undefined : now;
await startPreview({ root: values.root, port: Number(values["preview-port"]), now: fixed, routes: buildRoutes });
const editor = await startEditServer({ root: values.root, port: Number(values.port), now: fixed });
console.log(`Trình soạn thảo: ${editor.url}  (xem trước trang: http://localhost:${values["preview-port"]}/)`);
