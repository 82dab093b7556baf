/**
 * Synthetic content at the scale of a national portal: ~600 words of Vietnamese per guide or
 * activity (drawn from the bundled guides), and valid references. Deterministic: the same size
 * gives the same files.
 *
 * Two mixes. "national" (the default): a portal after ten years, items spread evenly over
 * 2021-2030 and the 34 provinces, in a portal's proportions (at 30,000 items about 500 guides
 * and 100 plans, 1,500 documents and 300 questions; trainings and news the bulk, about as many
 * each year), built with the clock at NATIONAL_NOW. "old": the mix of earlier figures (40 % news,
 * 30 % guides, 29 % trainings, 1 % plans, all in 2026-2028), with the clock at OLD_NOW, so those
 * figures stay comparable.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { addDays } from "../src/vi/dates.ts";

export interface GeneratedCounts {
  plans: number;
  guides: number;
  activities: number;
  sessions: number;
  calendars: number;
  documents: number;
  questions: number;
  markdownFiles: number;
}

export type Mix = "national" | "old";
/** The build clock of each mix: the national portal in its tenth year; the old mix as before. */
export const NATIONAL_NOW = "2030-11-29";
export const OLD_NOW = "2026-11-29";
export const clockOf = (mix: Mix): string => (mix === "national" ? NATIONAL_NOW : OLD_NOW);

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

/** Seeded helpers that write Vietnamese titles and paragraphs from the bundled guides' sentences. */
function writer(repo: string, items: number) {
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
  return { rand, pick, pool, text, title, yamlText };
}

/** Writes a project of `items` items in the given mix into `root`. */
export function generateProject(repo: string, root: string, items: number, options: { mix?: Mix; words?: number } = {}): GeneratedCounts {
  return (options.mix ?? "national") === "national" ? generateNational(repo, root, items, options.words) : generateOldMix(repo, root, items, options.words);
}

/**
 * The old mix: 40% activities, 30% guides, 29% sessions, 1% plans, one province, 2026-2028.
 * Copies data/ from the repository (agencies, provinces, topics, site).
 */
function generateOldMix(repo: string, root: string, items: number, words = 600): GeneratedCounts {
  const { rand, pick, pool, text, title, yamlText } = writer(repo, items);
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
  return { plans, guides, activities, sessions, calendars, documents: 0, questions: 0, markdownFiles: plans + guides + activities + 1 };
}

/** Shares of the national mix, from a portal's proportions at 30,000 items. */
export const NATIONAL_SHARES = {
  guides: 500 / 30_000,
  plans: 100 / 30_000,
  documents: 1_500 / 30_000,
  questions: 300 / 30_000,
} as const;

/** The 34 provincial units since 1/7/2025: data/provinces.yaml's units without an end date. */
function currentProvinces(repo: string): string[] {
  const units = parse(readFileSync(join(repo, "data", "provinces.yaml"), "utf8")) as { id: string; validTo?: string }[];
  return units.filter((u) => !u.validTo).map((u) => u.id);
}

/**
 * The national mix: guides and plans in the hundreds, trainings and news the bulk, split evenly
 * over the years 2021-2030 and the 34 provinces. Trainings are in one calendar per province and
 * year, organised by the province's Department of Science and Technology from its founding
 * (1/3/2025) and by the Vietnam Productivity Institute before; those past are completed with
 * results, those to come are announced and open for registration.
 */
function generateNational(repo: string, root: string, items: number, words = 600): GeneratedCounts {
  const { rand, pick, pool, text, title, yamlText } = writer(repo, items);
  const provinces = currentProvinces(repo);
  const years = Array.from({ length: 10 }, (_, i) => 2021 + i);
  const dayIn = (year: number) => addDays(`${year}-01-01`, Math.floor(rand() * 365));

  cpSync(join(repo, "data"), join(root, "data"), { recursive: true });
  for (const dir of ["plans", "guidance", "news", "pages", "trainings", "files", "documents", "questions"]) mkdirSync(join(root, "content", dir), { recursive: true });
  const topics = ["nang-suat-chat-luong", "iso-9001", "iso-56000", "5s", "kaizen", "lean", "truy-xuat-nguon-goc", "vietgap", "nong-nghiep-huu-co", "nang-suat-xanh", "chuyen-doi-so", "san-xuat-thong-minh"];

  const plans = Math.max(1, Math.round(items * NATIONAL_SHARES.plans));
  const guides = Math.max(1, Math.round(items * NATIONAL_SHARES.guides));
  const documents = Math.round(items * NATIONAL_SHARES.documents);
  const questions = Math.round(items * NATIONAL_SHARES.questions);
  const bulk = items - plans - guides - documents - questions;
  const sessions = Math.round(bulk / 2);
  const activities = bulk - sessions;
  const planIds: string[] = [];
  for (let i = 0; i < plans; i++) {
    const id = `ke-hoach-${i + 1}`;
    const from = 2021 + 5 * (i % 2);
    planIds.push(id);
    writeFileSync(
      join(root, "content", "plans", `${id}.md`),
      `---\ntitle: ${yamlText(`Kế hoạch ${i + 1}: ${title()}`)}\nissuer: ubnd-tuyen-quang\nperiod: { from: ${from}, to: ${from + 4} }\nbasis: Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ\nlead: so-khcn-tuyen-quang\nprovince: tuyen-quang\nobjective: ${yamlText(pick(pool))}\ntargets:\n  - { id: dao-tao, label: "Đào tạo về năng suất, chất lượng", comparator: ">", value: 500, unit: lượt người, measure: trainings }\n---\n${text(words)}\n`,
    );
  }
  for (let i = 0; i < guides; i++) {
    writeFileSync(
      join(root, "content", "guidance", `huong-dan-${i + 1}.md`),
      `---\ntitle: ${yamlText(title())}\nsummary: ${yamlText(pick(pool).slice(0, 300))}\ntopics: [${pick(topics)}]\naudience: [enterprise]\nupdated: ${dayIn(years[i % years.length]!)}\n${rand() < 0.2 ? `plan: ${pick(planIds)}\n` : ""}---\n${text(words)}\n`,
    );
  }
  const kinds = ["document", "meeting", "conference", "website", "training-report", "news"];
  for (let i = 0; i < activities; i++) {
    const year = years[i % years.length]!;
    let date = dayIn(year);
    // News is never dated after the build date.
    if (date > NATIONAL_NOW) date = addDays(NATIONAL_NOW, -Math.floor(rand() * 300));
    writeFileSync(
      join(root, "content", "news", `tin-${i + 1}.md`),
      `---\ntitle: ${yamlText(title())}\ndate: ${date}\nkind: ${pick(kinds)}\nsummary: ${yamlText(pick(pool).slice(0, 400))}\ntopics: [${pick(topics)}]\nprovince: ${provinces[i % provinces.length]}\n---\n${text(words)}\n`,
    );
  }
  // The documents library: a province's plans, decisions, reports and notices, spread over the
  // years like the news; each may rest on, or replace, an earlier one of its province.
  const forms = [
    ["ke-hoach", "KH-UBND"],
    ["quyet-dinh", "QĐ-UBND"],
    ["bao-cao", "BC-SKHCN"],
    ["thong-bao", "TB-SKHCN"],
  ] as const;
  const lastOf = new Map<string, string>();
  for (let i = 0; i < documents; i++) {
    const province = provinces[i % provinces.length]!;
    let issued = dayIn(years[i % years.length]!);
    if (issued > NATIONAL_NOW) issued = addDays(NATIONAL_NOW, -Math.floor(rand() * 300));
    const [form, symbol] = pick(forms);
    const id = `van-ban-${i + 1}`;
    const earlier = lastOf.get(province);
    const relation = earlier && rand() < 0.3 ? `${rand() < 0.2 ? "replaces" : "basedOn"}: [${earlier}]\n` : "";
    lastOf.set(province, id);
    writeFileSync(
      join(root, "content", "documents", `${id}.md`),
      `---\nform: ${form}\nnumber: ${yamlText(`${i + 1}/${symbol}`)}\nauthority: ${yamlText(`Ủy ban nhân dân tỉnh, thành phố (${province})`)}\nissued: ${issued}\nsummary: ${yamlText(pick(pool).slice(0, 300))}\ntopics: [${pick(topics)}]\nprovinces: [${province}]\n${relation}---\n${text(Math.round(words / 4))}\n`,
    );
  }
  // Questions and answers: a few hundred, answered over the years.
  for (let i = 0; i < questions; i++) {
    let answered = dayIn(years[i % years.length]!);
    if (answered > NATIONAL_NOW) answered = NATIONAL_NOW;
    writeFileSync(
      join(root, "content", "questions", `cau-hoi-${i + 1}.md`),
      `---\nquestion: ${yamlText(`${title()}?`)}\ntopics: [${pick(topics)}]\nanswered: ${answered}\n${documents > 0 && rand() < 0.3 ? `documents: [van-ban-${1 + Math.floor(rand() * documents)}]\n` : ""}---\n${text(Math.round(words / 4))}\n`,
    );
  }
  // Sessions by calendar: one per province and year.
  const calendars = new Map<string, string[]>();
  const sessionKinds = ["expert", "lecturer", "manager", "awareness", "workshop"];
  for (let i = 0; i < sessions; i++) {
    const year = years[i % years.length]!;
    const province = provinces[Math.floor(i / years.length) % provinces.length]!;
    const day = dayIn(year);
    const past = day < NATIONAL_NOW;
    const key = `${province}-${year}`;
    if (!calendars.has(key)) calendars.set(key, [`organizer: ${year >= 2026 ? `so-khcn-${province}` : "vien-nang-suat-viet-nam"}`, "sessions:"]);
    calendars.get(key)!.push(
      `  - id: khoa-${i + 1}`,
      `    title: ${yamlText(title())}`,
      `    kind: ${pick(sessionKinds)}`,
      `    topics: [${pick(topics)}]`,
      `    province: ${province}`,
      `    start: ${day}T08:00:00+07:00`,
      `    end: ${day}T16:30:00+07:00`,
      `    format: in-person`,
      `    venue: { name: "Hội trường Sở Khoa học và Công nghệ" }`,
      `    audience: Doanh nghiệp nhỏ và vừa, hợp tác xã`,
      `    fee: 0`,
      ...(past
        ? [`    status: completed`, `    results: { participants: ${20 + Math.floor(rand() * 100)} }`]
        : [`    status: scheduled`, `    announced: ${addDays(NATIONAL_NOW, -10)}`, `    registration: { deadline: ${addDays(day, -5)}, email: nangsuat@example.gov.vn }`]),
      `    description: ${yamlText(text(80))}`,
    );
  }
  for (const [key, lines] of calendars) writeFileSync(join(root, "content", "trainings", `lich-${key}.yaml`), `${lines.join("\n")}\n`);
  writeFileSync(join(root, "content", "pages", "gioi-thieu.md"), `---\ntitle: Giới thiệu\norder: 1\n---\n${text(200)}\n`);
  return { plans, guides, activities, sessions, calendars: calendars.size, documents, questions, markdownFiles: plans + guides + activities + documents + questions + 1 };
}
