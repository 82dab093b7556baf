/**
 * Writes an edited value back into the original YAML text, changing only what changed.
 *
 * A browser editor hands over the whole edited value; serialising it afresh would drop the
 * file's comments, its blank lines, its flow lists and quoting, and show every line of a
 * 50-session calendar as changed. Here the original text is parsed (eemeli/yaml, YAML 1.2 core
 * schema, as the checker reads it) and only the source ranges of values that differ are
 * rewritten: a changed scalar in place, a removed key or list item with its lines, a new key
 * or item appended. List items that carry an `id` (sessions, agencies, topics) are matched by
 * it. If the spliced text does not read back as exactly the edited value, the whole file is
 * written afresh with the document API (comments on untouched nodes still kept), so a save
 * never writes something other than what the editor sent.
 *
 * Plain JavaScript with one import ("yaml"), so the same module runs in the editor's page (an
 * import map points "yaml" at the package's browser build) and in the local editing server.
 */
import { isMap, isScalar, isSeq, parse, parseDocument, stringify } from "yaml";

const OPTIONS = { lineWidth: 0 };

/** @param {unknown} v */
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** @param {unknown} a @param {unknown} b @returns {boolean} */
export function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Drops what an empty form field leaves behind (empty strings, null, empty lists and maps), which
 * the checker would refuse as a value: an optional key left empty is simply absent.
 * @param {unknown} v @returns {unknown}
 */
export function prune(v) {
  if (Array.isArray(v)) {
    const items = v.map(prune).filter((x) => x !== undefined);
    return items.length ? items : undefined;
  }
  if (isObject(v)) {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return undefined;
  return v;
}

/** Start of the line holding `at`. @param {string} text @param {number} at */
const lineStart = (text, at) => text.lastIndexOf("\n", at - 1) + 1;
/** Just past the newline ending the line holding `at` (or the end of the text). @param {string} text @param {number} at */
const lineEnd = (text, at) => {
  const nl = text.indexOf("\n", at);
  return nl < 0 ? text.length : nl + 1;
};
/** Column of `at`. @param {string} text @param {number} at */
const column = (text, at) => at - lineStart(text, at);

/**
 * A value written after "key:" (leading space or newline included), its lines below the first
 * indented by `indent` more spaces. @param {unknown} value @param {number} indent
 */
function afterKey(value, indent) {
  const text = stringify({ k: value }, OPTIONS).slice(2).replace(/\n$/, "");
  return text.replace(/\n(?=[^\n])/g, `\n${" ".repeat(indent)}`);
}

/** A list item's text after its "- ", lines below indented to the dash's column. @param {unknown} value @param {number} indent */
function afterDash(value, indent) {
  const text = stringify([value], OPTIONS).slice(2).replace(/\n$/, "");
  return text.replace(/\n(?=[^\n])/g, `\n${" ".repeat(indent)}`);
}

/** A flow collection on one line, padded as the original was. @param {unknown} value @param {boolean} padded */
function flow(value, padded) {
  const doc = parseDocument(stringify(value, OPTIONS));
  if (doc.contents && (isMap(doc.contents) || isSeq(doc.contents))) doc.contents.flow = true;
  return doc.toString({ ...OPTIONS, flowCollectionPadding: padded }).replace(/\n$/, "");
}

/**
 * @typedef {{ start: number, end: number, text: string }} Edit
 * @param {string} src @param {any} node @param {unknown} value @param {Edit[]} edits
 * @param {{ key?: any, dash?: boolean }} at how the node is introduced (to rewrite it whole)
 */
function patch(src, node, value, edits, at) {
  if (deepEqual(node?.toJSON?.() ?? null, value)) return;
  const [start, end] = node?.range ?? [0, 0];
  if (isMap(node) && isObject(value) && !node.flow && node.items.length) return patchMap(src, node, value, edits);
  if (isSeq(node) && Array.isArray(value) && !node.flow && node.items.length && value.length) return patchSeq(src, node, value, edits);
  if (node && node.flow && (isMap(node) || isSeq(node)) && (Array.isArray(value) || isObject(value))) {
    edits.push({ start, end, text: flow(value, /^[[{] /.test(src.slice(start, end))) });
    return;
  }
  if (isScalar(node) && !isObject(value) && !Array.isArray(value)) {
    const text = at.dash ? afterDash(value, column(src, start) - 2) : afterKey(value, column(src, at.key?.range?.[0] ?? start));
    // A plain one-line scalar goes where the old one was; a block scalar (|) replaces from the key's colon.
    if (!text.includes("\n")) {
      edits.push({ start, end, text: text.trimStart() });
      return;
    }
  }
  // Anything else: the whole value rewritten from just after "key:" or "- ".
  if (at.key) {
    const from = at.key.range[1];
    const colon = src.indexOf(":", from);
    let stop = node?.range ? node.range[1] : colon + 1;
    // A block scalar's range ends past its line break, which stays.
    while (stop > colon + 1 && src[stop - 1] === "\n") stop -= 1;
    edits.push({ start: colon + 1, end: stop, text: afterKey(value, column(src, at.key.range[0])) });
  } else if (at.dash) {
    let stop = end;
    while (stop > start && src[stop - 1] === "\n") stop -= 1;
    edits.push({ start, end: stop, text: afterDash(value, column(src, start) - 2) });
  } else {
    throw new Error("unpatchable");
  }
}

/** @param {string} src @param {any} node @param {Record<string, unknown>} value @param {Edit[]} edits */
function patchMap(src, node, value, edits) {
  const indent = column(src, node.items[0].key.range[0]);
  const keys = new Set();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) throw new Error("unpatchable");
    keys.add(key);
    if (value[key] === undefined) {
      // The key's lines go: from its line's start to the end of its value's last line.
      const stop = pair.value?.range ? pair.value.range[1] : pair.key.range[1];
      edits.push({ start: lineStart(src, pair.key.range[0]), end: lineEnd(src, Math.max(stop - 1, pair.key.range[1])), text: "" });
    } else if (!pair.value) {
      edits.push({ start: pair.key.range[1], end: src.indexOf(":", pair.key.range[1]) + 1, text: `:${afterKey(value[key], indent)}` });
    } else {
      patch(src, pair.value, value[key], edits, { key: pair.key });
    }
  }
  const added = Object.entries(value).filter(([k, v]) => !keys.has(k) && v !== undefined && v !== false);
  if (!added.length) return;
  const last = node.items[node.items.length - 1];
  const at = lineEnd(src, Math.max((last.value?.range?.[1] ?? last.key.range[1]) - 1, last.key.range[1]));
  const pad = " ".repeat(indent);
  const text = added.map(([k, v]) => `${pad}${stringify(k, OPTIONS).trimEnd()}:${afterKey(v, indent)}\n`).join("");
  edits.push({ start: at, end: at, text: at === src.length && !src.endsWith("\n") ? `\n${text}` : text });
}

/** @param {unknown} v */
const idOf = (v) => (isObject(v) && typeof v.id === "string" ? v.id : undefined);

/** @param {string} src @param {any} node @param {unknown[]} value @param {Edit[]} edits */
function patchSeq(src, node, value, edits) {
  const old = node.items.map((/** @type {any} */ item) => idOf(item?.toJSON?.()));
  const byId = old.every(Boolean) && value.every((v) => idOf(v)) && new Set(old).size === old.length;
  if (!byId && old.length !== value.length) throw new Error("unpatchable");
  const keyOf = (/** @type {unknown} */ v, /** @type {number} */ i) => (byId ? idOf(v) : String(i));
  const oldKeys = node.items.map((/** @type {any} */ item, /** @type {number} */ i) => keyOf(item.toJSON(), i));
  const newKeys = value.map(keyOf);
  const kept = newKeys.filter((k) => oldKeys.includes(k));
  const keptInOld = oldKeys.filter((k) => newKeys.includes(k));
  if (kept.join("\n") !== keptInOld.join("\n")) throw new Error("unpatchable");
  const first = node.items[0];
  const dashIndent = column(src, first.range[0]) - 2;
  // Blank lines between items, if the file has them.
  const spaced = node.items.slice(1).some((/** @type {any} */ item) => item.spaceBefore);
  node.items.forEach((/** @type {any} */ item, /** @type {number} */ i) => {
    const k = oldKeys[i];
    const j = newKeys.indexOf(k);
    if (j >= 0) {
      patch(src, item, value[j], edits, { dash: true });
      return;
    }
    // A removed item: its lines, and the blank lines before it (after it, for the first).
    let start = lineStart(src, item.range[0]);
    let end = lineEnd(src, item.range[1] - 1);
    if (i > 0) while (start > 1 && src[start - 1] === "\n" && src[start - 2] === "\n") start -= 1;
    else while (src[end] === "\n") end += 1;
    edits.push({ start, end, text: "" });
  });
  // New items go before the next kept item, or after the last one.
  const pad = " ".repeat(dashIndent);
  newKeys.forEach((k, j) => {
    if (oldKeys.includes(k)) return;
    const next = newKeys.slice(j + 1).find((n) => oldKeys.includes(n));
    const item = `${pad}- ${afterDash(value[j], dashIndent)}\n`;
    if (next !== undefined) {
      const at = lineStart(src, node.items[oldKeys.indexOf(next)].range[0]);
      edits.push({ start: at, end: at, text: spaced ? `${item}\n` : item });
    } else {
      const lastItem = node.items[node.items.length - 1];
      const at = lineEnd(src, lastItem.range[1] - 1);
      const lead = at === src.length && !src.endsWith("\n") ? "\n" : "";
      edits.push({ start: at, end: at, text: `${lead}${spaced ? "\n" : ""}${item}` });
    }
  });
}

/**
 * The original text with `value` written into it, changing as little as possible.
 * @param {string} original @param {unknown} value @returns {string}
 */
export function mergeYaml(original, value) {
  if (value === undefined) return "";
  const doc = parseDocument(original);
  if (original.trim() === "" || doc.errors.length || !doc.contents) return stringify(value, OPTIONS);
  /** @type {Edit[]} */
  const edits = [];
  try {
    patch(original, doc.contents, value, edits, {});
    edits.sort((a, b) => b.start - a.start || b.end - a.end);
    let out = original;
    for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    if (deepEqual(parse(out), value)) return out;
  } catch {
    /* written afresh below */
  }
  return fresh(original, value);
}

/**
 * The document API's own rewrite: comments on nodes that survive are kept, formatting is not.
 * @param {string} original @param {unknown} value
 */
function fresh(original, value) {
  const doc = parseDocument(original);
  const head = doc.commentBefore ?? doc.contents?.commentBefore;
  const next = parseDocument(stringify(value, OPTIONS));
  if (head) next.commentBefore = head;
  return next.toString(OPTIONS);
}

/**
 * A Markdown file's front matter and body, as the editor shows them (body under `body`).
 * @param {string} text @returns {{ yaml: string, body: string }}
 */
export function splitMarkdown(text) {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { yaml: "", body: text };
  return { yaml: m[1] ? `${m[1]}\n` : "", body: text.slice(m[0].length) };
}

/**
 * A Markdown file written back: front matter merged as above, the body kept byte for byte when
 * only white space around it differs.
 * @param {string} original @param {Record<string, unknown>} data @returns {string}
 */
export function mergeMarkdown(original, data) {
  const { body = "", ...front } = data;
  const old = splitMarkdown(original);
  const yaml = mergeYaml(old.yaml, front);
  const text = typeof body === "string" ? body : "";
  let newBody;
  if (text.trim() === old.body.trim()) newBody = old.body;
  else {
    const lead = /^\s*/.exec(old.body)?.[0] ?? "\n";
    newBody = `${original ? lead : "\n"}${text.trim()}\n`;
  }
  return `---\n${yaml}---\n${newBody}`;
}
