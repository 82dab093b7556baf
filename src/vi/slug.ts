/** Slugs for ids and heading anchors: no marks, đ→d, lower case, hyphens. */
import slugify from "@sindresorhus/slugify";

export const slug = (text: string): string => slugify(text.normalize("NFC"), { customReplacements: [["đ", "d"], ["Đ", "D"]], decamelize: false });
