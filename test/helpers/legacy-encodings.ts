/**
 * Vietnamese text saved as older offices' tools save it: Windows-1258 and TCVN3 through
 * iconv-lite's tables, VNI Windows through its published letter table written out below.
 * Independent of src/vi/encodings.ts, so a wrong table there cannot agree with itself here.
 */
import iconv from "iconv-lite";

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Windows-1258 has â ê ô ơ ư ă đ as letters and the five tones as combining marks after them. */
export function toWindows1258(text: string): Buffer {
  const split = [...text.normalize("NFC")].map((ch) => {
    const nfd = ch.normalize("NFD");
    const tone = nfd.match(TONE)?.[0] ?? "";
    return nfd.replace(TONE, "").normalize("NFC") + tone;
  });
  return iconv.encode(split.join(""), "windows1258");
}

/** TCVN 5712 (the ABC fonts): one byte per letter. */
export const toTcvn3 = (text: string): Buffer => iconv.encode(text.normalize("NFC"), "tcvn");

/** VNI Windows: each vowel row, in the order no tone, sắc, huyền, hỏi, ngã, nặng. */
const VNI_ROWS: Record<string, string[]> = {
  a: ["a", "aù", "aø", "aû", "aõ", "aï"],
  â: ["aâ", "aá", "aà", "aå", "aã", "aä"],
  ă: ["aê", "aé", "aè", "aú", "aü", "aë"],
  e: ["e", "eù", "eø", "eû", "eõ", "eï"],
  ê: ["eâ", "eá", "eà", "eå", "eã", "eä"],
  i: ["i", "í", "ì", "æ", "ó", "ò"],
  o: ["o", "où", "oø", "oû", "oõ", "oï"],
  ô: ["oâ", "oá", "oà", "oå", "oã", "oä"],
  ơ: ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"],
  u: ["u", "uù", "uø", "uû", "uõ", "uï"],
  ư: ["ö", "öù", "öø", "öû", "öõ", "öï"],
  y: ["y", "yù", "yø", "yû", "yõ", "î"],
};
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const VNI = new Map<string, string>([["đ", "ñ"], ["Đ", "Ñ"]]);
for (const [base, row] of Object.entries(VNI_ROWS)) {
  row.forEach((bytes, i) => {
    const letter = (base + TONES[i]).normalize("NFC");
    VNI.set(letter, bytes);
    VNI.set(letter.toUpperCase(), bytes.toUpperCase());
  });
}

export const toVni = (text: string): Buffer => Buffer.from([...text.normalize("NFC")].map((ch) => VNI.get(ch) ?? ch).join(""), "latin1");
