/**
 * The bundled demo's attachments are real, readable PDFs that say what they are: an
 * illustrative summary made from the item's own content (scripts/demo-pdfs.ts), never a
 * stand-in for an official text. Read back with a PDF text reader, as a visitor would.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { provinceTitle } from "../../src/site/provinces.ts";
import { pdfText } from "../helpers/pdf-text.ts";
import { NOW, REPO_ROOT } from "../helpers/project.ts";

const FILES = join(REPO_ROOT, "content", "files");
const pdfs = readdirSync(FILES).filter((f) => f.endsWith(".pdf"));
const { store } = loadContent({ root: REPO_ROOT, now: NOW });
/** Text compared without white space: a viewer's lines break anywhere. */
const flat = (s: string): string => s.normalize("NFC").replace(/\s+/g, "");
const textOf = (file: string): string => pdfText(readFileSync(join(FILES, file)));

describe("the demo's PDF attachments", () => {
  it("are real PDFs of a readable size, each saying on its first lines that it is illustrative", () => {
    expect(pdfs.length).toBeGreaterThan(0);
    for (const file of pdfs) {
      const bytes = readFileSync(join(FILES, file));
      expect(bytes.subarray(0, 5).toString("latin1"), file).toBe("%PDF-");
      expect(bytes.length, file).toBeGreaterThan(8 * 1024);
      expect(bytes.length, file).toBeLessThan(60 * 1024);
      const text = textOf(file);
      expect(text.split("\n").slice(0, 3).join(" "), file).toContain("minh họa");
      expect(text, file).toContain("không phải");
    }
  });

  it("summarise the plan that attaches them: its title, place, period, targets and tasks", () => {
    const plans = store!.plans.filter((p) => p.attachments?.some((a) => a.file.endsWith(".pdf")));
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans)
      for (const a of plan.attachments!.filter((x) => x.file.endsWith(".pdf"))) {
        const text = flat(textOf(a.file));
        const province = store!.provinces.get(plan.province)!;
        expect(text, a.file).toContain(flat(plan.title));
        expect(text, a.file).toContain(flat(provinceTitle(province, `${plan.period.from}-01-01`)));
        expect(text, a.file).toContain(`${plan.period.from}-${plan.period.to}`);
        for (const t of plan.targets ?? []) expect(text, `${a.file}: ${t.id}`).toContain(flat(t.label));
        for (const t of plan.tasks ?? []) expect(text, a.file).toContain(flat(t.title));
      }
  });

  it("are attached only under a title that says they are illustrative", () => {
    const attached = [...store!.plans, ...store!.activities].flatMap((item) => (item.attachments ?? []).map((a) => ({ item: item.url, ...a })));
    for (const a of attached.filter((x) => pdfs.includes(x.file))) expect(a.title, `${a.item} ${a.file}`).toContain("minh họa");
    for (const file of pdfs) expect(attached.some((a) => a.file === file), `${file} is attached somewhere`).toBe(true);
  });

  it("never stand in for an official text in the documents library", () => {
    for (const d of store!.documents)
      for (const f of d.files ?? []) expect(f.file.endsWith(".pdf") && textOf(f.file).includes("minh họa"), `${d.id}: ${f.file}`).toBe(false);
  });
});
