/**
 * The text of a PDF as a reader's viewer would copy it, without a PDF library: inflate the
 * streams, read each font's ToUnicode map, and decode the strings of the text operators
 * (Tj, TJ) with the font in use (Tf). Enough for what Chromium's printing writes; a PDF
 * without ToUnicode maps (or with text only in images) gives no text, so a test fails.
 */
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const out = new Map<number, PdfObject>();
  const text = pdf.toString("latin1");
  const pattern = /(\d+) 0 obj\s*/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endobj", start);
    if (end === -1) break;
    const body = text.slice(start, end);
    const at = body.search(/stream\r?\n/);
    if (at === -1) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dict)?.[1] ?? -1);
    const from = start + at + (body.slice(at).startsWith("stream\r\n") ? 8 : 7);
    let data = pdf.subarray(from, length >= 0 ? from + length : start + body.lastIndexOf("endstream"));
    if (/\/Filter\s*\/FlateDecode/.test(dict)) data = inflateSync(data);
    out.set(Number(m[1]), { dict, stream: data });
    pattern.lastIndex = end;
  }
  return out;
}

const utf16 = (hex: string): string => {
  let s = "";
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

/** A ToUnicode CMap: glyph code (hex, upper case) → text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(src!.toUpperCase(), utf16(dst!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst, list] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])/g)) {
      const width = lo!.length;
      const a = parseInt(lo!, 16);
      const b = parseInt(hi!, 16);
      const items = list ? [...list.matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => utf16(x[1]!)) : undefined;
      for (let code = a; code <= b; code++) {
        const key = code.toString(16).toUpperCase().padStart(width, "0");
        if (items) map.set(key, items[code - a] ?? "");
        else {
          const base = utf16(dst!);
          map.set(key, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - a));
        }
      }
    }
  return map;
}

/** Every text string of the PDF's pages, in content order, one line per text object (BT … ET). */
export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  // Font resource names (/F4) → ToUnicode map, from every /Font dictionary of the file.
  const fonts = new Map<string, Map<string, string>>();
  for (const { dict } of objs.values())
    for (const [, inner] of dict.matchAll(/\/Font\s*<<([^>]*)>>/g))
      for (const [, name, ref] of inner!.matchAll(/\/([A-Za-z0-9_.-]+)\s+(\d+) 0 R/g)) {
        const font = objs.get(Number(ref));
        const cmapRef = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1];
        const cmap = cmapRef ? objs.get(Number(cmapRef))?.stream : undefined;
        if (cmap) fonts.set(name!, toUnicode(cmap.toString("latin1")));
      }
  const lines: string[] = [];
  for (const { dict, stream } of objs.values()) {
    if (!stream || /\/Type\s*\/(XObject|FontFile|Metadata)|\/Subtype\s*\/(Image|Type1C|CIDFontType0C)|\/Length1/.test(dict) || /begincmap/.test(stream.toString("latin1", 0, 400))) continue;
    const content = stream.toString("latin1");
    if (!/\bBT\b/.test(content)) continue;
    let font: Map<string, string> | undefined;
    let line = "";
    const decode = (hex: string) => {
      if (!font) return;
      const width = [...font.keys()][0]?.length ?? 4;
      for (let i = 0; i + width <= hex.length; i += width) line += font.get(hex.slice(i, i + width).toUpperCase()) ?? "";
    };
    for (const [, tf, hexTj, array, bt] of content.matchAll(/\/([A-Za-z0-9_.-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>\s*Tj|\[((?:[^\]\\]|\\.)*)\]\s*TJ|\b(BT|ET)\b/g)) {
      if (tf) font = fonts.get(tf);
      else if (hexTj !== undefined) decode(hexTj.replace(/\s/g, ""));
      else if (array !== undefined) for (const [, hex] of array.matchAll(/<([0-9A-Fa-f\s]*)>/g)) decode(hex!.replace(/\s/g, ""));
      else if (bt === "ET" && line) {
        lines.push(line);
        line = "";
      }
    }
    if (line) lines.push(line);
  }
  return lines.join("\n").normalize("NFC");
}
