/**
 * The progress of a long build on one terminal line, rewritten in place: pages written of all,
 * and the search index stage. Nothing at all when the output is not a terminal (CI logs, pipes,
 * tests) or when the build ends before `after` milliseconds, so short builds print one summary.
 */
import type { BuildProgress } from "./build.ts";

export interface ProgressStream {
  isTTY?: boolean;
  write(s: string): unknown;
}

export interface ProgressLine {
  update(p: BuildProgress): void;
  /** Clears the line, before the summary is printed. */
  done(): void;
}

const CLEAR = "\r\x1b[2K";

export function progressLine(stream: ProgressStream, lang: "vi" | "en", options: { after?: number; every?: number; now?: () => number } = {}): ProgressLine {
  if (!stream.isTTY) return { update() {}, done() {} };
  const now = options.now ?? (() => performance.now());
  const after = options.after ?? 1000;
  const every = options.every ?? 100;
  const started = now();
  let shown = false;
  let last = -Infinity;
  let indexing = false;
  return {
    update(p) {
      const t = now();
      // The index stage starting or ending is always shown; pages at most every `every` ms.
      if (t - started < after || (t - last < every && p.indexing === indexing)) return;
      last = t;
      indexing = p.indexing;
      shown = true;
      const text =
        lang === "vi"
          ? `Đang dựng: ${p.written}/${p.total} trang${p.indexing ? " · đang lập chỉ mục tìm kiếm" : ""}`
          : `Building: ${p.written}/${p.total} pages${p.indexing ? " · building the search index" : ""}`;
      stream.write(`${CLEAR}${text}`);
    },
    done() {
      if (shown) stream.write(CLEAR);
    },
  };
}
