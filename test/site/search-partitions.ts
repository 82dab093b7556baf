/**
 * A fixture site with trainings and news over several years, for the tests of the search
 * index's partitions (src/search/partitions.ts): the minimal fixture plus one item per year,
 * each with a word no other page holds, so that a search tells which bundle answered.
 * Under the tests' clock (29/11/2026) the archive cut-off is 29/11/2024.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Edits } from "../helpers/project.ts";

const news = (date: string, title: string, body: string) =>
  `---\ntitle: ${title}\ndate: ${date}\nkind: news\nsummary: ${title}.\ntopics: [nang-suat-chat-luong]\nprovince: tuyen-quang\n---\n\n${body}\n`;

/** Each fixture item: its URL, the word only it holds, and the partition it belongs to. */
export const YEARLY = [
  { url: "/tin-tuc/2022-03-hoi-thao-che/", word: "chè", partition: "2022", file: "content/news/2022-03-hoi-thao-che.md", text: news("2022-03-10", "Hội thảo năng suất ngành chè", "Doanh nghiệp chè trao đổi kinh nghiệm áp dụng 5S.") },
  { url: "/tin-tuc/2023-06-tap-huan-may-tre/", word: "mây", partition: "2023", file: "content/news/2023-06-tap-huan-may-tre.md", text: news("2023-06-15", "Tập huấn cho hợp tác xã mây tre", "Hợp tác xã mây tre học về quản lý chất lượng.") },
  { url: "/tin-tuc/2024-05-hoi-nghi-gom/", word: "gốm", partition: "2024", file: "content/news/2024-05-hoi-nghi-gom.md", text: news("2024-05-20", "Hội nghị doanh nghiệp gốm", "Doanh nghiệp gốm bàn về năng suất xanh.") },
  // After the cut-off (29/11/2024): current, though dated in the same year as an archive bundle.
  { url: "/tin-tuc/2024-12-tap-huan-lua/", word: "lụa", partition: "hien-tai", file: "content/news/2024-12-tap-huan-lua.md", text: news("2024-12-05", "Tập huấn cho làng lụa", "Làng lụa học cách truy xuất nguồn gốc.") },
  { url: "/tin-tuc/2025-01-tap-huan-ca-phe/", word: "cà phê", partition: "hien-tai", file: "content/news/2025-01-tap-huan-ca-phe.md", text: news("2025-01-10", "Tập huấn cho doanh nghiệp cà phê", "Doanh nghiệp cà phê học về VietGAP.") },
] as const;

/** A training of 2021: an archived session, in a calendar of its own. */
export const OLD_SESSION = { url: "/dao-tao/tq-2021-09-nhuom-cham/", word: "nhuộm", partition: "2021", file: "content/trainings/2021-tuyen-quang.yaml" } as const;

export const EDITS: Edits = {
  ...Object.fromEntries(YEARLY.map((y) => [y.file, y.text])),
  [OLD_SESSION.file]: `organizer: so-khcn-tuyen-quang
sessions:
  - id: tq-2021-09-nhuom-cham
    title: Tập huấn kỹ thuật nhuộm chàm và đan lát
    kind: awareness
    topics: [nang-suat-chat-luong]
    province: tuyen-quang
    start: 2021-09-08T08:00:00+07:00
    end: 2021-09-08T16:30:00+07:00
    format: in-person
    venue: { name: Hội trường Sở Khoa học và Công nghệ }
    audience: Hợp tác xã
    status: completed
    results: { participants: 40 }
`,
};

export const GUIDE = "content/guidance/ap-dung-5s.md";

/** The URL of every page each bundle holds, read from its fragments, by partition name. */
export function bundlePages(site: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const root = join(site, "pagefind");
  const bundles = [["hien-tai", root], ...readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name)).map((e) => [e.name, join(root, e.name)])];
  for (const [name, dir] of bundles) {
    const urls = readdirSync(join(dir!, "fragment")).map((f) => {
      const text = gunzipSync(readFileSync(join(dir!, "fragment", f))).toString("utf8");
      return (JSON.parse(text.slice(text.indexOf("{"))) as { url: string }).url;
    });
    out.set(name!, urls.sort());
  }
  return out;
}

/** Every file of a folder, path → bytes, for comparing two builds. */
export function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name)));
  return out;
}
