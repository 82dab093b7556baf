/**
 * npm run build [-- --now 2026-11-29] [--out _site] [--lang en] [--json]
 * Checks the content, writes the site and its search index to a fresh folder, and puts
 * it in place of _site only when everything succeeded.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../src/build/build.ts";
import { printDiagnostics } from "../src/cli/check.ts";
import { progressLine } from "../src/build/progress-line.ts";
import { resolveClock } from "../src/clock.ts";
import { buildRoutes } from "../layouts/routes.tsx";

const { values } = parseArgs({
  options: { now: { type: "string" }, out: { type: "string", default: "_site" }, root: { type: "string", default: "." }, lang: { type: "string", default: "vi" }, json: { type: "boolean", default: false } },
});
const lang = values.lang === "en" ? "en" : "vi";
const now = resolveClock(values.now);
if (typeof now !== "number") {
  console.error(now.error);
  process.exit(2);
}
// Only on a terminal, and only once the build has taken a second: one line, rewritten in place.
const line = progressLine(process.stdout, lang);
const result = await buildSite({ root: resolve(values.root), outDir: resolve(values.out), now, routes: buildRoutes, progress: line.update });
line.done();
if (result.diagnostics.length || !result.ok) printDiagnostics(result.diagnostics, { lang, format: "text" }, process.stderr);
if (!result.ok) {
  console.error(lang === "vi" ? `Không xuất bản: ${values.out} giữ nguyên bản dựng trước.` : `Not published: ${values.out} keeps the previous build.`);
  process.exit(1);
}
const t = result.times!;
if (values.json) {
  console.log(JSON.stringify({ pages: result.pages, kept: result.kept, unrendered: result.unrendered, times: t, index: result.index }));
  process.exit(0);
}
const s = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", lang === "vi" ? "," : ".")} s`;
const parts = result.index!;
if (parts.reused.length)
  console.log(
    lang === "vi"
      ? `Chỉ mục tìm kiếm: lập lại ${parts.indexed.join(", ") || "không phần nào"}; dùng lại ${parts.reused.join(", ")} từ bộ nhớ đệm (.cache).`
      : `Search index: indexed ${parts.indexed.join(", ") || "no partition"}; reused ${parts.reused.join(", ")} from the cache (.cache).`,
  );
if (result.kept)
  console.log(
    lang === "vi"
      ? `Giữ nguyên ${result.kept} tệp không đổi so với bản đã xuất bản; chỉ viết lại phần đã đổi.`
      : `Kept ${result.kept} files unchanged from the published site; only what changed was written again.`,
  );
console.log(
  lang === "vi"
    ? `Đã dựng ${result.pages} trang vào ${values.out} trong ${s(t.total)} (kiểm tra ${s(t.check)}, trang có tìm kiếm ${s(t.pages)}, rồi song song: trang khác ${s(t.others)}, chỉ mục tìm kiếm ${s(t.search)}).`
    : `Built ${result.pages} pages into ${values.out} in ${s(t.total)} (check ${s(t.check)}, searchable pages ${s(t.pages)}, then side by side: other pages ${s(t.others)}, search index ${s(t.search)}).`,
);
