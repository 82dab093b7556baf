/** Vietnamese text on the web: Unicode NFC, sorting, numbers, money. */

/**
 * Text typed with a legacy Vietnamese font encoding (TCVN3/ABC, VNI) and pasted as Unicode
 * shows Latin-1 symbols where tone marks belong: "Qu¶ng Nam" (TCVN3), "Quaûng Nam" (VNI).
 * Such a line has several of those markers and hardly any real Vietnamese letters, while
 * honest text may have a marker or two ("m³", "25°C") among many real letters: each line is
 * judged on its own, so one pasted paragraph is still found in a long document.
 */
const TCVN3_MARKERS = /[A-Za-z\u00C0-\u1EF9][\u00A1-\u00A8\u00AA-\u00AC\u00AE\u00B0-\u00BF\u00C6\u00C7\u00CB\u00CE\u00CF\u00D1\u00D6\u00D7\u00D8\u00DB\u00DC\u00DE\u00DF\u00E5-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6\u00F8\u00FB\u00FE\u00FF]/g;
const VNI_MARKERS = /[aeiouyAEIOUY\u00E2\u00EA\u00F4\u00C2\u00CA\u00D4][\u00F8\u00F9\u00FB\u00F5\u00EF\u00D8\u00D9\u00DB\u00D5\u00CF]|\u00F1[a-z]/g;
/** Whether a global pattern matches at least twice, without collecting the matches. */
function twoMatches(pattern: RegExp, s: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(s) && pattern.test(s);
  pattern.lastIndex = 0;
  return found;
}
/** Letters only Unicode Vietnamese has: ă â đ ê ô ơ ư and the precomposed tone marks. */
const VIETNAMESE_LETTERS = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g;

export function looksLikeLegacyEncoding(s: string): "TCVN3" | "VNI" | null {
  // A line needs two markers of one kind, so a text with fewer in all has none (most texts).
  if (!twoMatches(TCVN3_MARKERS, s) && !twoMatches(VNI_MARKERS, s)) return null;
  for (const line of s.split("\n")) {
    const tcvn3 = line.match(TCVN3_MARKERS)?.length ?? 0;
    const vni = line.match(VNI_MARKERS)?.length ?? 0;
    if (tcvn3 < 2 && vni < 2) continue;
    const real = line.match(VIETNAMESE_LETTERS)?.length ?? 0;
    if (vni >= 2 && vni > real) return "VNI";
    if (tcvn3 >= 2 && tcvn3 > real) return "TCVN3";
  }
  return null;
}

/** Sorts as Vietnamese readers expect: A Ă Â B C D Đ E Ê … */
export const vietnameseCollator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
export const compareVietnamese = (a: string, b: string): number => vietnameseCollator.compare(a, b);

const NUMBER = new Intl.NumberFormat("vi-VN");
const MONEY = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" });
/** 1234567.5 → "1.234.567,5" */
export const formatNumber = (n: number): string => NUMBER.format(n);
/** 1500000 → "1.500.000 ₫" */
export const formatMoney = (n: number): string => MONEY.format(n).replace(/\u00A0/g, " ");
