/**
 * Which legacy Vietnamese encoding a file that is not UTF-8 was saved in: Windows-1258
 * (Word's and Notepad's "Vietnamese"), TCVN3 (the ABC fonts, .VnTime) or VNI Windows
 * (VNI-Times). Editors still receive such files from older offices; telling them which one
 * it is lets them convert it safely instead of saving the garbled text again.
 *
 * Each candidate decodes the bytes and the one whose words read as Vietnamese syllables
 * wins: in the right decoding every word with a mark is Vietnamese letters with at most one
 * tone, while a wrong decoding leaves symbols ("Qu¶ng"), marks on nothing, or two tones in
 * one word. Nothing is guessed when no candidate reads clearly better than plain Latin-1.
 */

export type LegacyEncoding = "Windows-1258" | "TCVN3" | "VNI";

// ---- decoders ----------------------------------------------------------------------------------

const windows1258 = new TextDecoder("windows-1258");

/**
 * TCVN 5712:1993, bytes 0xA1-0xFF (the same table as iconv's TCVN5712-1): the ABC fonts'
 * letters, plus the capitals VN1 adds in the gaps, so that iconv's conversion is what we read.
 */
const TCVN3_HIGH =
  "\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";

/** VNI Windows: ASCII base letters followed by a byte for the mark(s); ơ ư đ and some i/y forms are one byte. */
const VNI_BYTES: Record<number, string> = {};
{
  const marks: [string, string][] = [
    ["ù", "\u0301"], ["ø", "\u0300"], ["û", "\u0309"], ["õ", "\u0303"], ["ï", "\u0323"],
    ["â", "\u0302"], ["á", "\u0302\u0301"], ["à", "\u0302\u0300"], ["å", "\u0302\u0309"], ["ã", "\u0302\u0303"], ["ä", "\u0302\u0323"],
    ["ê", "\u0306"], ["é", "\u0306\u0301"], ["è", "\u0306\u0300"], ["ú", "\u0306\u0309"], ["ü", "\u0306\u0303"], ["ë", "\u0306\u0323"],
    ["ô", "ơ"], ["ö", "ư"], ["í", "í"], ["ì", "ì"], ["æ", "ỉ"], ["ó", "ĩ"], ["ò", "ị"], ["î", "ỵ"], ["ñ", "đ"],
  ];
  for (const [byteChar, meaning] of marks) {
    VNI_BYTES[byteChar.charCodeAt(0)] = meaning;
    // The capital forms use the capital byte; combining marks are the same.
    VNI_BYTES[byteChar.toUpperCase().charCodeAt(0)] = meaning.length === 1 && meaning >= "\u00C0" ? meaning.toUpperCase() : meaning;
  }
}

const decoders: Record<LegacyEncoding, (bytes: Uint8Array) => string> = {
  "Windows-1258": (bytes) => windows1258.decode(bytes).normalize("NFC"),
  TCVN3: (bytes) => Array.from(bytes, (b) => (b >= 0xa1 ? TCVN3_HIGH[b - 0xa1]! : String.fromCharCode(b))).join("").normalize("NFC"),
  VNI: (bytes) => Array.from(bytes, (b) => VNI_BYTES[b] ?? String.fromCharCode(b)).join("").normalize("NFC"),
};

/** The bytes read in a legacy encoding, as Unicode (NFC). */
export const decodeLegacy = (bytes: Uint8Array, encoding: LegacyEncoding): string => decoders[encoding](bytes);

// ---- judging a decoding ------------------------------------------------------------------------

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SEPARATORS = /[\s.,;:!?()[\]{}<>"'`/\\|@#$%^&*+=~_\-–—…“”‘’«»•]+/u;
/**
 * A Vietnamese syllable without its tone: an initial consonant, a vowel group, a final. Glide
 * groups (ai, ao, ươi, …) take no final consonant. Loose at the edges, strict enough that a
 * wrong decoding ("Quaỷng", "vaứ", "Cafộ") fails while every real word passes.
 */
const SYLLABLE = new RegExp(
  "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?" +
    "(?:(?:uyê|iê|yê|uô|ươ|oa|oă|oe|oo|uâ|uê|uy|[aăâeêioôơuưy])(?:ch|ng|nh|[cmnpt])?" +
    "|oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu|yêu|iêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|uơ|ưa|ưi|ưu)$",
);

/** Words with a non-ASCII letter that read as Vietnamese syllables, minus those that cannot. */
function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.split(SEPARATORS)) {
    if (!/[^\x00-\x7F]/.test(word) || /[0-9]/.test(word)) continue;
    const decomposed = word.toLowerCase().normalize("NFD");
    const tones = decomposed.match(TONES)?.length ?? 0;
    score += tones <= 1 && SYLLABLE.test(decomposed.replace(TONES, "").normalize("NFC")) ? 1 : -1;
  }
  return score;
}

/** Enough text to judge by, and little enough that a 2 MiB file is judged in milliseconds. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * The legacy encoding these bytes (which are not UTF-8) read best in, if one reads clearly as
 * Vietnamese; `null` for other encodings (Latin-1, Windows-1252, a damaged file). Judged on
 * the 64 KiB from the line of the first non-ASCII byte.
 */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
  const first = bytes.findIndex((b) => b >= 0x80);
  if (first === -1) return null;
  const start = bytes.lastIndexOf(0x0a, first) + 1;
  const sample = bytes.subarray(start, start + SAMPLE_BYTES);
  let best: { encoding: LegacyEncoding; score: number } | null = null;
  for (const encoding of Object.keys(decoders) as LegacyEncoding[]) {
    const score = vietnameseScore(decoders[encoding](sample));
    if (!best || score > best.score) best = { encoding, score };
  }
  // Plain Latin-1 is the baseline: a French or German file reads no worse that way.
  const latin1 = vietnameseScore(Buffer.from(sample).toString("latin1"));
  return best && best.score > 0 && best.score > latin1 ? best.encoding : null;
}
