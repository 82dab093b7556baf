import { buildSite } from "./src/build/build.ts";
const r = await buildSite({ root: process.argv[2]!, outDir: process.argv[2]! + "/_site", now: Date.parse("2026-11-29T00:00:00+07:00") });
console.log(r.ok, r.pages, JSON.stringify(r.times), JSON.stringify(r.index), JSON.stringify(r.diagnostics.filter(d=>d.code.startsWith("build")||d.severity==="error")));
