/**
 * Synthetic content at the scale of a national portal: the real mix of kinds, ~600 words of
 * Vietnamese per guide or activity (drawn from the bundled guides), and valid references.
 * Deterministic: the same size gives the same files.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addDays } from "../src/vi/dates.ts";

export interface GeneratedCounts {
  plans: number;
  guides: number;
  activities: number;
  sessions: number;
  calendars: number;
  markdownFiles: number;
}

/** A small, seeded generator so every run writes the same content. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of real Vietnamese, taken from the bundled guides. */
function sentencePool(repo: string): string[] {
  const dir = join(repo, "content", "guidance");
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const body = readFileSync(join(dir, name), "utf8").split(/\n---\n/).slice(1).join("\n");
    for (const line of body.split("\n")) {
      const plain = line.replace(/^[#>*\-\d.|\s]+/, "").replace(/[*_`|[\]()]/g, "").trim();
      if (plain.split(" ").length >= 8 && !plain.includes("http")) out.push(plain);
    }
  }
  return out;
}

/**
 * Writes a project with `items` items into `root`: 40% activities, 30% guides, 29% sessions,
 * 1% plans. Copies data/ from the repository (agencies, provinces, topics, site).
 */
export function generateProject(repo: string, root: string, items: number, words = 600): GeneratedCounts {
  const rand = random(items);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pool = sentencePool(repo);
  const text = (n: number): string => {
    const paragraphs: string[] = [];
    let count = 0;
    while (count < n) {
      const para: string[] = [];
      for (let i = 0; i < 4 && count < n; i++) {
        const s = pick(pool);
        para.push(s.endsWith(".") ? s : `${s}.`);
        count += s.split(" ").length;
      }
      paragraphs.push(para.join(" "));
      if (paragraphs.length % 3 === 1) paragraphs.push(`## ${pick(pool).split(" ").slice(0, 6).join(" ")}`);
    }
    return paragraphs.join("\n\n");
  };
  const title = () => pick(pool).split(" ").slice(0, 9).join(" ").replace(/[.,:;]$/, "");
  const yamlText = (s: string) => JSON.stringify(s);

  cpSync(join(repo, "data"), join(root, "data"), { recursive: true });
  for (const dir of ["plans", "guidance", "news", "pages", "trainings", "files"]) mkdirSync(join(root, "content", dir), { recursive: true });
  const topics = ["nang-suat-chat-luong", "iso-9001", "iso-56000", "5s", "kaizen", "lean", "truy-xuat-nguon-goc", "vietgap", "nong-nghiep-huu-co", "nang-suat-xanh", "chuyen-doi-so", "san-xuat-thong-minh"];

  const plans = Math.max(1, Math.round(items * 0.01));
  const guides = Math.round(items * 0.3);
  const sessions = Math.round(items * 0.29);
  const activities = items - plans - guides - sessions;
  const planIds: string[] = [];
  for (let i = 0; i < plans; i++) {
    const id = `ke-hoach-${i + 1}`;
    planIds.push(id);
    writeFileSync(
      join(root, "content", "plans", `${id}.md`),
      `---\ntitle: ${yamlText(`Kế hoạch ${i + 1}: ${title()}`)}\nissuer: ubnd-tuyen-quang\nperiod: { from: 2026, to: 2030 }\nbasis: Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ\nlead: so-khcn-tuyen-quang\nprovince: tuyen-quang\nobjective: ${yamlText(pick(pool))}\ntargets:\n  - { id: dao-tao, label: "Đào tạo về năng suất, chất lượng", comparator: ">", value: 500, unit: lượt người, measure: trainings }\n---\n${text(words)}\n`,
    );
  }
  for (let i = 0; i < guides; i++) {
    const t = pick(topics);
    writeFileSync(
      join(root, "content", "guidance", `huong-dan-${i + 1}.md`),
      `---\ntitle: ${yamlText(title())}\nsummary: ${yamlText(pick(pool).slice(0, 300))}\ntopics: [${t}]\naudience: [enterprise]\nupdated: ${addDays("2026-01-01", Math.floor(rand() * 300))}\n${rand() < 0.2 ? `plan: ${pick(planIds)}\n` : ""}---\n${text(words)}\n`,
    );
  }
  const kinds = ["document", "meeting", "conference", "website", "training-report", "news"];
  for (let i = 0; i < activities; i++) {
    writeFileSync(
      join(root, "content", "news", `tin-${i + 1}.md`),
      `---\ntitle: ${yamlText(title())}\ndate: ${addDays("2026-01-01", Math.floor(rand() * 330))}\nkind: ${pick(kinds)}\nsummary: ${yamlText(pick(pool).slice(0, 400))}\ntopics: [${pick(topics)}]\nprovince: tuyen-quang\n---\n${text(words)}\n`,
    );
  }
  const perCalendar = 50;
  const calendars = Math.ceil(sessions / perCalendar);
  const sessionKinds = ["expert", "lecturer", "manager", "awareness", "workshop"];
  for (let c = 0; c < calendars; c++) {
    const lines = [`organizer: so-khcn-tuyen-quang`, `sessions:`];
    for (let i = c * perCalendar; i < Math.min(sessions, (c + 1) * perCalendar); i++) {
      const day = addDays("2026-12-01", Math.floor(rand() * 700));
      lines.push(
        `  - id: khoa-${i + 1}`,
        `    title: ${yamlText(title())}`,
        `    kind: ${pick(sessionKinds)}`,
        `    topics: [${pick(topics)}]`,
        `    province: tuyen-quang`,
        `    start: ${day}T08:00:00+07:00`,
        `    end: ${day}T16:30:00+07:00`,
        `    format: in-person`,
        `    venue: { name: "Hội trường Sở Khoa học và Công nghệ", address: "Tuyên Quang" }`,
        `    audience: Doanh nghiệp nhỏ và vừa, hợp tác xã`,
        `    fee: 0`,
        `    registration: { deadline: ${addDays(day, -5)}, email: nangsuat@example.gov.vn }`,
        `    description: ${yamlText(text(80))}`,
      );
    }
    writeFileSync(join(root, "content", "trainings", `lich-${c + 1}.yaml`), `${lines.join("\n")}\n`);
  }
  writeFileSync(join(root, "content", "pages", "gioi-thieu.md"), `---\ntitle: Giới thiệu\norder: 1\n---\n${text(200)}\n`);
  return { plans, guides, activities, sessions, calendars, markdownFiles: plans + guides + activities + 1 };
}
