/**
 * Reading an editor's file as text: refuses what is not text, accepts what is honest but
 * unusual (a UTF-8 byte-order mark, Windows line ends, NFD), and says so. A file saved in a
 * legacy Vietnamese encoding is named as such, with the way to convert it.
 */
import { lstatSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { decodeLegacy, guessLegacyEncoding } from "../vi/encodings.ts";
import type { Code } from "../messages.ts";

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface TextFile {
  /** LF line ends, NFC, no BOM. */
  text: string;
  diagnostics: Diagnostic[];
}

const fileDiagnostic = (file: string, code: Code, params: Record<string, unknown> = {}, line = 1, column = 1): Diagnostic => ({
  file,
  line,
  column,
  path: [],
  code,
  severity: "error",
  params,
});

/** Where each line of a text starts: positions in O(log n), however many are asked for. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  /** Offset of the start of a 0-based line; the text's length past its last line. */
  offset(line: number): number {
    return line < this.starts.length ? this.starts[Math.max(0, line)]! : this.text.length;
  }
  /** Position (1-based) of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Position (1-based) of a string offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The bytes of a 1-based line (LF-separated, as in every encoding the checker names). */
function lineBytes(bytes: Uint8Array, line: number): Uint8Array {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = bytes.indexOf(0x0a, start);
    if (next === -1) return new Uint8Array();
    start = next + 1;
  }
  const end = bytes.indexOf(0x0a, start);
  return bytes.subarray(start, end === -1 ? bytes.length : end);
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function readTextFile(absolute: string, file: string, seen?: (bytes: Buffer) => void): TextFile | { diagnostics: Diagnostic[]; text?: undefined } {
  let bytes: Buffer;
  try {
    const stat = lstatSync(absolute);
    if (stat.isSymbolicLink()) return { diagnostics: [fileDiagnostic(file, "file/symlink")] };
    // A folder, a named pipe or a device in place of a file: reading a pipe would wait for ever.
    if (!stat.isFile()) return { diagnostics: [fileDiagnostic(file, "file/read", { reason: stat.isDirectory() ? "EISDIR" : "not a regular file" })] };
    if (stat.size > MAX_FILE_BYTES) return { diagnostics: [fileDiagnostic(file, "file/too-large", { size: stat.size, max: MAX_FILE_BYTES })] };
    bytes = readFileSync(absolute);
    seen?.(bytes);
  } catch (e) {
    return { diagnostics: [fileDiagnostic(file, "file/read", { reason: (e as NodeJS.ErrnoException).code ?? String(e) })] };
  }
  if (bytes.length === 0 || bytes.toString("latin1").trim() === "" || (bytes.length === 3 && bytes[0] === 0xef)) {
    return { diagnostics: [fileDiagnostic(file, "file/empty")] };
  }
  // UTF-16 and UTF-32 (Notepad's "Unicode") have a byte-order mark and NUL bytes: say which it is.
  const wide = bytes[0] === 0xff && bytes[1] === 0xfe ? (bytes[2] === 0 && bytes[3] === 0 ? "UTF-32" : "UTF-16") : bytes[0] === 0xfe && bytes[1] === 0xff ? "UTF-16" : bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff ? "UTF-32" : undefined;
  if (wide) return { diagnostics: [fileDiagnostic(file, "file/invalid-utf8", { encoding: wide })] };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { diagnostics: [fileDiagnostic(file, "file/binary")] };
  let decoded: string;
  try {
    decoded = utf8.decode(bytes); // drops a leading BOM
  } catch {
    // The first replacement character marks the first bad byte: tell the editor where it is.
    const lossy = bytes.toString("utf8").replace(/^\uFEFF/, "");
    const at = lossy.indexOf("\uFFFD");
    const pos = at === -1 ? { line: 1, column: 1 } : positionAt(lossy, at);
    // Saved in Windows-1258, TCVN3 or VNI: name it, show the line as it should read, and how to convert.
    const legacy = guessLegacyEncoding(bytes);
    if (legacy) {
      const line = decodeLegacy(lineBytes(bytes, pos.line), legacy).replace(/\r$/, "");
      const first = line.search(/[^\x00-\x7F]/);
      const sample = line.trim().length > 60 ? `${line.trim().slice(0, 60)}…` : line.trim();
      return { diagnostics: [fileDiagnostic(file, "file/legacy-encoding", { encoding: legacy, name: basename(file), sample }, pos.line, first === -1 ? 1 : first + 1)] };
    }
    return { diagnostics: [fileDiagnostic(file, "file/invalid-utf8", {}, pos.line, pos.column)] };
  }
  if (decoded.trim() === "") return { diagnostics: [fileDiagnostic(file, "file/empty")] };
  const text = decoded.replace(/\r\n?/g, "\n");
  const diagnostics: Diagnostic[] = [];
  const nfc = text.normalize("NFC");
  if (nfc !== text) {
    let i = 0;
    // The first difference is the base letter that NFC composes with the marks after it.
    while (i < text.length && text[i] === nfc[i]) i++;
    const pos = positionAt(text, i);
    diagnostics.push({ ...fileDiagnostic(file, "text/nfd", {}, pos.line, pos.column), severity: "warning" });
  }
  return { text: nfc, diagnostics };
}
