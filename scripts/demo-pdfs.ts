/**
 * npm run demo-pdfs
 * Regenerates the bundled demo's attachments in content/files/: each PDF that a plan or a news
 * item attaches under a title saying "minh họa" becomes a readable summary of that item's own
 * content (title, province, period, objective, targets, tasks; for news, its text), and says on
 * every page that it is an illustrative summary made by the portal, not an official document.
 * Printed from HTML by Debian's Chromium (CHROMIUM_PATH overrides) in DejaVu Sans, which has every
 * Vietnamese letter (Debian's Liberation Sans lacks ơ, ư and the tones below and above them);
 * the creation dates are fixed, so the same content gives the same bytes.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { loadContent } from "../src/content/load.ts";
import { renderMarkdown } from "../src/markdown.ts";
import { comparatorLabels } from "../src/site/labels.ts";
import { provinceTitle } from "../src/site/provinces.ts";
import type { ActivityItem, PlanItem, Store } from "../src/store.ts";
import { formatDate } from "../src/vi/dates.ts";
import { formatNumber } from "../src/vi/text.ts";

const ROOT = resolve(import.meta.dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Written into every file, so that regenerating unchanged content changes no byte. */
const FIXED_PDF_DATE = "D:20260101000000+00'00'";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const ILLUSTRATIVE = /minh họa/i;

const STYLE = `
  @page { size: A4; margin: 18mm 18mm 20mm; }
  body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
  .notice { border: 1.5pt solid #8a4b00; background: #fff4e0; padding: 8pt 10pt; margin-bottom: 14pt; }
  .notice strong { display: block; font-size: 12pt; color: #8a4b00; margin-bottom: 3pt; }
  h1 { font-size: 15pt; line-height: 1.3; margin: 0 0 10pt; }
  h2 { font-size: 12pt; margin: 14pt 0 6pt; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.5pt solid #999; padding: 4pt 6pt; text-align: left; vertical-align: top; }
  th { background: #eee; }
  td + td, th + th { width: 34mm; }
  dl { display: grid; grid-template-columns: 34mm 1fr; gap: 3pt 8pt; margin: 0; }
  dt { font-weight: bold; }
  dd { margin: 0; }
  .meta { color: #444; }
  .source { margin-top: 16pt; font-size: 9pt; color: #444; }
`;

function page(title: string, notice: string, body: string, source: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>
<div class="notice"><strong>Tài liệu minh họa</strong>${esc(notice)}</div>
<h1>${esc(title)}</h1>
${body}
<p class="source">${esc(source)}</p>
</body></html>`;
}

function planSummary(store: Store, plan: PlanItem): string {
  const agency = (id: string) => store.agencies.get(id)?.name ?? id;
  const province = store.provinces.get(plan.province);
  const place = province ? provinceTitle(province, `${plan.period.from}-01-01`) : plan.province;
  const facts: [string, string][] = [
    ["Cơ quan ban hành", agency(plan.issuer)],
    ["Địa bàn", place],
    ["Giai đoạn", `${plan.period.from}-${plan.period.to}`],
    ...(plan.basis ? [["Căn cứ", plan.basis] as [string, string]] : []),
    ["Cơ quan chủ trì", agency(plan.lead)],
    ...(plan.partners?.length ? [["Cơ quan phối hợp", plan.partners.map(agency).join("; ")] as [string, string]] : []),
  ];
  const targets = plan.targets?.length
    ? `<h2>Chỉ tiêu</h2><table><thead><tr><th>Chỉ tiêu</th><th>Mức cần đạt</th></tr></thead><tbody>${plan.targets
        .map((t) => `<tr><td>${esc(t.label)}</td><td>${esc(`${comparatorLabels[t.comparator]} ${formatNumber(t.value)} ${t.unit}`)}</td></tr>`)
        .join("")}</tbody></table>`
    : "";
  const tasks = plan.tasks?.length
    ? `<h2>Nhiệm vụ</h2><ol>${plan.tasks.map((t) => `<li>${esc(t.title)} <span class="meta">(chủ trì: ${esc(t.lead ? agency(t.lead) : agency(plan.lead))}${t.due ? `; hạn ${esc(formatDate(t.due))}` : ""})</span></li>`).join("")}</ol>`
    : "";
  return page(
    `Tóm tắt: ${plan.title}`,
    `Bản tóm tắt này do Cổng thông tin tạo tự động từ nội dung trang kế hoạch trên Cổng, để minh họa cách đính kèm tài liệu. Đây không phải văn bản chính thức: không có số, ký hiệu, ngày ban hành hay chữ ký. Khi cần căn cứ pháp lý, hãy dùng văn bản gốc do ${agency(plan.issuer)} ban hành.`,
    `<dl>${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>
<h2>Mục tiêu chung</h2><p>${esc(plan.objective)}</p>${targets}${tasks}`,
    `Nguồn: trang ${store.site.baseUrl.replace(/\/+$/, "")}${plan.url} (tệp ${plan.source.file}).`,
  );
}

function newsSummary(store: Store, item: ActivityItem, title: string): string {
  return page(
    title.replace(/\s*\(tài liệu minh họa\)\s*$/i, ""),
    "Tài liệu này do Cổng thông tin tạo tự động từ nội dung bản tin trên Cổng, để minh họa cách đính kèm báo cáo. Số liệu trong tài liệu là số liệu minh họa, không phải báo cáo chính thức của cơ quan nào.",
    `<p>Theo bản tin ngày ${esc(formatDate(item.date))}: <strong>${esc(item.title)}</strong></p>${item.summary ? `<p>${esc(item.summary)}</p>` : ""}${renderMarkdown(item.body, (u) => u).html}`,
    `Nguồn: trang ${store.site.baseUrl.replace(/\/+$/, "")}${item.url} (tệp ${item.source.file}).`,
  );
}

const { store, diagnostics } = loadContent({ root: ROOT });
if (!store) {
  for (const d of diagnostics.filter((x) => x.severity === "error")) console.error(`${d.file}:${d.line}:${d.column} ${d.code}`);
  console.error("Nội dung còn lỗi: chạy npm run check rồi thử lại.");
  process.exit(1);
}

// Each file once, from the plan that attaches it if there is one (its summary is the fuller).
const sources = new Map<string, () => string>();
for (const plan of store.plans)
  for (const a of plan.attachments ?? []) if (ILLUSTRATIVE.test(a.title) && a.file.endsWith(".pdf") && !sources.has(a.file)) sources.set(a.file, () => planSummary(store, plan));
for (const item of store.activities)
  for (const a of item.attachments ?? []) if (ILLUSTRATIVE.test(a.title) && a.file.endsWith(".pdf") && !sources.has(a.file)) sources.set(a.file, () => newsSummary(store, item, a.title));

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
try {
  const tab = await browser.newPage();
  for (const [file, html] of [...sources].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await tab.setContent(html(), { waitUntil: "load" });
    const pdf = await tab.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="width:100%;font:8pt 'DejaVu Sans',sans-serif;color:#555;text-align:center">Tài liệu minh họa, không phải văn bản chính thức – trang <span class="pageNumber"></span>/<span class="totalPages"></span></div>`,
      margin: { top: "18mm", bottom: "20mm", left: "18mm", right: "18mm" },
    });
    // The same number of bytes as Chromium's own dates, so the cross-reference offsets stay right.
    const text = pdf.toString("latin1").replace(/\/(CreationDate|ModDate) \(D:\d{14}[^)]*\)/g, (match, key: string) => `/${key} (${FIXED_PDF_DATE})`.padEnd(match.length).slice(0, match.length));
    writeFileSync(join(ROOT, "content", "files", file), Buffer.from(text, "latin1"));
    console.log(`content/files/${file}: ${formatNumber(Math.round(pdf.length / 1024))} KB`);
  }
} finally {
  await browser.close();
}
