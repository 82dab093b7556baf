/** Slugs for ids and heading anchors: no marks, đ→d, lower case, hyphens. */
import slugify from "@sindresorhus/slugify";

/**
 * Slugs already made: the same labels (topics, provinces, agencies, the usual headings) are
 * slugged on page after page, tens of thousands of times at national scale, and slugify
 * transliterates each time. Emptied when it holds more than MEMO_LIMIT texts, so that it stays small.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export const slug = (text: string): string => {
  let made = memo.get(text);
  if (made === undefined) {
    made = slugify(text.normalize("NFC"), { customReplacements: [["đ", "d"], ["Đ", "D"]], decamelize: false });
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, made);
  }
  return made;
};
