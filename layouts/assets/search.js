// The search page: Pagefind in the browser, reading Vietnamese as people type it. The query,
// the filters and the order live in the URL, so results can be shared and Back works.
//
// Pagefind folds tone marks by itself but keeps "đ" apart from "d". Every "d" a reader types may
// stand for "đ", so each word is tried in the spellings the index holds as words ("dao" → "đao",
// "dang" → "dang", "đang"), the query is searched in each combination and the answers merged:
// pages holding more of the query's words side by side as typed ("đào tạo năng suất") first,
// then pages holding the words exactly as typed with their diacritics ("dầu" before "đầu" and
// "dấu"), then Pagefind's score (`find`). When the query as typed finds few pages, the variants
// a reader may have meant are tried (`search`): spelling pairs, words joined or split, one
// unknown word left out; the rules are in ./search-words.js, which the tests import too.
// An ES module: the tests import `find` and `search` from this file and run them in Node.
import { excerpt, fold, hasDiacritics, parseVocabulary, PUNCTUATION, queryWords, siteForms, spellings, suggestions, unknownWords, variants, WORD_SEPARATORS } from "./search-words.js";

// ---- Searching ----
/** At most this many words of a query are used, and this many spelling combinations searched. */
var MAX_WORDS = 10;
var MAX_QUERIES = 16;
/** Runs of query words standing together are measured up to this length. */
var MAX_RUN = 6;
/**
 * Pagefind's ranking, with less weight on page length than its default (0.75): at the default,
 * a short session page that names a topic in its title outranks the long guide that explains it
 * ("truy xuat nguon goc" put the guide 6th). test/search/queries.test.ts holds the evidence.
 */
export var RANKING = { pageLength: 0.1 };

function ids(results) {
  return new Set(results.map(function (r) { return r.id; }));
}

/**
 * Hits in date order, newest first ("desc") or oldest first ("asc"). Pagefind sorts by the date
 * key; pages without a date (topics, agencies) come last, in the order they had.
 */
async function byDate(pagefind, hits, filters, sort) {
  var order = (await pagefind.search(null, { filters: filters, sort: { date: sort } })).results;
  var rank = new Map();
  order.forEach(function (r, n) { rank.set(r.id, n); });
  var relevance = new Map();
  hits.forEach(function (h, n) { relevance.set(h.id, n); });
  var at = function (h) { return rank.has(h.id) ? rank.get(h.id) : order.length + relevance.get(h.id); };
  return hits.slice().sort(function (a, b) { return at(a) - at(b); });
}

function compareHits(a, b) {
  return b.phrase - a.phrase || b.exact - a.exact || a.penalty - b.penalty || b.score - a.score;
}

/**
 * Whether a word that is not a whole word of the index starts one (a word still being typed).
 * When nothing starts with it, Pagefind answers with pages holding a shorter prefix ("bitcoin"
 * finds "bị"); those are not answers.
 */
async function startsAWord(pagefind, word) {
  var first = (await pagefind.search(word)).results[0];
  if (!first) return false;
  if (!first.words.length) return true;
  var text = (await first.data()).content.split(WORD_SEPARATORS);
  var wanted = fold(word);
  return first.words.some(function (at) { return fold((text[at] || "").replace(PUNCTUATION, "")).indexOf(wanted) === 0; });
}

/**
 * Whether the index holds `word` (a spelling tried for a word typed) as a whole word: the same for
 * every query on one index, so asked of Pagefind once per search instance. A query that finds few
 * pages tries several variants, each asking again about the same words: at 10,000 pages with every
 * year merged, that was some twenty searches of 40 ms to 1.5 s each.
 */
var wordsHeld = new WeakMap();
function holdsWord(pagefind, word) {
  if (!wordsHeld.has(pagefind)) wordsHeld.set(pagefind, new Map());
  var held = wordsHeld.get(pagefind);
  if (!held.has(word)) {
    var asked = pagefind.search('"' + word + '"').then(function (found) { return found.results.length > 0; });
    // A failed answer is asked again next time rather than kept.
    asked.catch(function () { held.delete(word); });
    held.set(word, asked);
  }
  return held.get(word);
}

/**
 * Searches `query` with a Pagefind instance (`pagefind.js`'s exports): returns hits, best first,
 * each `{ id, score, phrase, exact, penalty, spelling, result }`; `result.data()` loads the page.
 * options: `filters` (Pagefind filters), `sort` ("desc" newest first, "asc" oldest first).
 * Calls run one after another, as one of them switches Pagefind's `exactDiacritics` for a moment.
 */
var queue = Promise.resolve();
export function find(pagefind, query, options) {
  var next = queue.then(function () { return findNow(pagefind, query, options || {}); });
  queue = next.catch(function () {});
  return next;
}

async function findNow(pagefind, query, options) {
  var filters = options.filters || {};
  var dated = options.sort === "asc" || options.sort === "desc";
  var quoted = /^\s*".+"\s*$/.test(query);
  var words = queryWords(query).slice(0, MAX_WORDS);
  var hits;
  // Pages holding `text` as whole words side by side, in order (Pagefind's exact search, which
  // ignores tone marks but not "đ").
  var holding = new Map();
  var pagesHolding = async function (text) {
    if (!holding.has(text)) holding.set(text, ids((await pagefind.search('"' + text + '"')).results));
    return holding.get(text);
  };
  if (!words.length) {
    if (!Object.keys(filters).length) return [];
    hits = (await pagefind.search(null, { filters: filters })).results.map(function (r) {
      return { id: r.id, score: r.score, phrase: 0, exact: 0, penalty: 0, spelling: "", result: r };
    });
    dated = true;
  } else {
    // Each word in the spellings the index holds as whole words ("dao" → "đao"); a word it
    // does not hold is kept as typed if it starts a word, else nothing can match.
    var choices = [];
    for (var i = 0; i < words.length; i++) {
      var forms = [];
      var candidates = spellings(words[i]);
      for (var f = 0; f < candidates.length; f++) if (await holdsWord(pagefind, candidates[f])) forms.push(candidates[f]);
      if (!forms.length) {
        if (!(await startsAWord(pagefind, words[i]))) return [];
        forms = [words[i]];
      }
      // A "đ" read into a word typed with diacritics is a guess: those spellings rank lower.
      var marked = hasDiacritics(words[i]);
      var typed = words[i];
      choices.push(forms.map(function (form) { return { form: form, penalty: marked && form !== typed ? 1 : 0 }; }));
    }
    var combos = [{ words: [], penalty: 0 }];
    choices.forEach(function (list) {
      var next = [];
      combos.forEach(function (c) {
        list.forEach(function (choice) { next.push({ words: c.words.concat(choice.form), penalty: c.penalty + choice.penalty }); });
      });
      combos = next;
    });
    combos.sort(function (a, b) { return a.penalty - b.penalty; });
    combos = combos.slice(0, MAX_QUERIES);
    // Pages holding the query exactly as typed, tone marks included, when it was typed with any.
    var exactly = new Set();
    if (words.some(hasDiacritics)) {
      var asTyped = words.join(" ");
      await pagefind.options({ exactDiacritics: true });
      try {
        exactly = ids((await pagefind.search(quoted ? '"' + asTyped + '"' : asTyped, { filters: filters })).results);
      } finally {
        await pagefind.options({ exactDiacritics: false });
      }
    }
    var best = new Map();
    for (var c = 0; c < combos.length; c++) {
      var spelled = combos[c].words;
      var spelling = spelled.join(" ");
      var found = (await pagefind.search(quoted ? '"' + spelling + '"' : spelling, { filters: filters })).results;
      // The longest run of the query's words a page holds side by side, as typed.
      var run = new Map();
      var open = ids(found);
      for (var length = Math.min(spelled.length, MAX_RUN); !quoted && length >= 2 && open.size; length--) {
        for (var from = 0; from + length <= spelled.length; from++) {
          var together = await pagesHolding(spelled.slice(from, from + length).join(" "));
          open.forEach(function (id) {
            if (together.has(id)) {
              run.set(id, length);
              open.delete(id);
            }
          });
        }
      }
      for (var k = 0; k < found.length; k++) {
        var r = found[k];
        var hit = { id: r.id, score: r.score, phrase: run.get(r.id) || 1, exact: exactly.has(r.id) ? 1 : 0, penalty: combos[c].penalty, spelling: spelling, result: r };
        var prev = best.get(r.id);
        if (!prev || compareHits(hit, prev) < 0) best.set(r.id, hit);
      }
    }
    hits = Array.from(best.values()).sort(compareHits);
  }
  if (dated && hits.length) hits = await byDate(pagefind, hits, filters, options.sort === "asc" ? "asc" : "desc");
  return hits;
}


// ---- What a reader may have meant ----

/** A query as typed "finds few" pages below this many that hold all its words side by side. */
export var FEW = 3;
/** At most this many variants of one query are searched. */
var MAX_TRIES = 6;

/** Whether a hit holds every word of a query of `n` words side by side (any hit of a quoted query does). */
function holdsAll(hit, n, quoted) {
  return quoted || hit.phrase >= Math.min(n, MAX_RUN);
}

/**
 * Searches `query` with a Pagefind instance as a reader means it. The query as typed is searched
 * first (`find`), and its pages holding all its words together rank first. When they are fewer
 * than `FEW`, the variants of ./search-words.js are tried, cheapest first: the first one some
 * page holds whole, as a phrase (or, when the query as typed found nothing, the first that finds
 * anything) adds its pages after those, before the rest of the query's own.
 * `vocabulary()` loads the site's vocabulary (parseVocabulary); it is called only then.
 * Returns `{ hits, found, variant, missing, suggestions }`: `found` how many pages the query as
 * typed found, `variant` the variant whose pages were added
 * (null when none), `missing` the words the index does not hold, `suggestions` queries to offer
 * for them. At equal relevance, upcoming sessions and then recent pages come first (`freshen`).
 */
export async function search(pagefind, query, options, vocabulary) {
  options = options || {};
  var filters = options.filters || {};
  var dated = options.sort === "asc" || options.sort === "desc";
  var hits = await find(pagefind, query, options);
  var out = { hits: hits, found: hits.length, variant: null, missing: [], suggestions: [] };
  var words = queryWords(query).slice(0, MAX_WORDS);
  var quoted = /^\s*".+"\s*$/.test(query);
  if (!words.length) return out;
  var whole = hits.filter(function (h) { return holdsAll(h, words.length, quoted); });
  var rest = hits.filter(function (h) { return !holdsAll(h, words.length, quoted); });
  var added = [];
  if (whole.length < FEW) {
    var known = await vocabulary();
    var tries = variants(query, known).slice(0, MAX_TRIES);
    var fallback = null;
    for (var i = 0; i < tries.length; i++) {
      var v = tries[i];
      // A variant is taken when some page holds it whole, as a phrase; when the query as typed
      // found nothing, the first variant that finds anything will do.
      if ((await find(pagefind, '"' + v.query + '"', { filters: filters })).length) {
        out.variant = v;
        added = await find(pagefind, quoted ? '"' + v.query + '"' : v.query, { filters: filters });
        break;
      }
      if (!hits.length && !fallback) {
        var found = await find(pagefind, v.query, { filters: filters });
        if (found.length) fallback = { variant: v, found: found };
      }
    }
    if (!out.variant && fallback) {
      out.variant = fallback.variant;
      added = fallback.found;
    }
    if (out.variant) {
      // Shown as the page found first writes the words ("giảng viên", not "giang viên").
      var page = await added[0].result.data();
      var v = out.variant;
      var forms = siteForms(v.words, page.content + " " + Object.values(page.meta || {}).join(" "), page.locations);
      var labels = v.label.split(" ");
      out.variant = Object.assign({}, v, {
        label: v.words.map(function (w, n) { return hasDiacritics(labels[n]) && fold(labels[n]) === w && queryWords(query).indexOf(labels[n]) >= 0 ? labels[n] : forms[n] !== w ? forms[n] : labels[n]; }).join(" "),
      });
    }
    out.missing = out.variant ? out.variant.dropped : unknownWords(query, known);
    if (out.missing.length) out.suggestions = suggestions(query, known);
  }
  var seen = new Set(whole.map(function (h) { return h.id; }));
  var fresh = function (list) {
    return list.filter(function (h) {
      if (seen.has(h.id)) return false;
      seen.add(h.id);
      return true;
    });
  };
  var parts = [whole, fresh(added), fresh(rest)];
  if (dated) {
    out.hits = out.variant ? await byDate(pagefind, parts[0].concat(parts[1], parts[2]), filters, options.sort) : hits;
    return out;
  }
  var order = await Promise.all(parts.map(function (list) { return freshen(pagefind, list); }));
  out.hits = order[0].concat(order[1], order[2]);
  return out;
}

/** Pages score equally when within this fraction of each other (Pagefind's scores differ by a few % with page length). */
export var EQUAL = 0.03;
/** The hidden search filter every session carries (src/search/record.ts), and its values. */
var SESSION = "khoa-hoc";
var OPEN = "dang-nhan-dang-ky";
var SOON = "sap-dien-ra";
var PAST = "da-dien-ra";

/**
 * At equal relevance (same standing in `compareHits`, scores within `EQUAL` of the first of
 * them), sessions open for registration come first among sessions, then the other upcoming ones,
 * the soonest first, then past ones, the most recent first. Sessions take the places sessions
 * held and other pages keep theirs, so a course never pushes the guide that explains its
 * subject down. Pages of different relevance
 * keep their order.
 */
export async function freshen(pagefind, hits) {
  var groups = [];
  hits.forEach(function (h) {
    var g = groups[groups.length - 1];
    var head = g && g[0];
    if (head && head.phrase === h.phrase && head.exact === h.exact && head.penalty === h.penalty && h.score >= head.score * (1 - EQUAL)) g.push(h);
    else groups.push([h]);
  });
  if (!groups.some(function (g) { return g.length > 1; })) return hits;
  var found = await Promise.all([OPEN, SOON, PAST].map(function (value) {
    return pagefind.search(null, { filters: { [SESSION]: value } });
  }).concat(pagefind.search(null, { sort: { date: "desc" } })));
  var open = ids(found[0].results);
  var soon = ids(found[1].results);
  var past = ids(found[2].results);
  var recent = new Map();
  found[3].results.forEach(function (r, n) { recent.set(r.id, n); });
  var newest = function (h) { return recent.has(h.id) ? recent.get(h.id) : Infinity; };
  var key = function (h) {
    if (open.has(h.id)) return [0, -newest(h)];
    if (soon.has(h.id)) return [1, -newest(h)];
    return [2, newest(h)];
  };
  var order = function (list) {
    var keys = new Map(list.map(function (h) { return [h.id, key(h)]; }));
    return list.slice().sort(function (a, b) {
      var x = keys.get(a.id);
      var y = keys.get(b.id);
      return x[0] - y[0] || (x[1] === y[1] ? 0 : x[1] < y[1] ? -1 : 1);
    });
  };
  var isSession = function (h) { return open.has(h.id) || soon.has(h.id) || past.has(h.id); };
  return groups.flatMap(function (g) {
    if (g.length < 2) return g;
    var sessions = order(g.filter(isSession));
    var others = g.filter(function (h) { return !isSession(h); });
    return g.map(function (h) { return isSession(h) ? sessions.shift() : others.shift(); });
  });
}

// ---- Bundles ----
// The index is in partitions (src/search/partitions.ts): the current bundle (in `base`) and one
// bundle per older year for trainings and news (`base` + "2023/"). `openBundles` gives one
// search instance over the current bundle and the years asked for, merged with Pagefind's
// mergeIndex, answering `search`, `options` and `filters` as one Pagefind instance does, with
// two corrections Pagefind's merge lacks: `options` reaches only the first bundle, so a second
// merged instance searches with exact diacritics; and a merged search sorted by date orders
// each bundle's results by their position in that bundle, so results sorted by date are read
// per bundle and ordered by the dates the build lists beside each bundle (sort-dates.json).
var BUNDLE = "bundle";
var CURRENT = "hien-tai";

/**
 * module: pagefind.js's exports; base: the current bundle's URL ("/pagefind/"); years: archive
 * years to merge; settings: Pagefind options for every bundle; getJson(url): a JSON file.
 */
export async function openBundles(module, base, years, settings, getJson) {
  years = years || [];
  var merged = years.length > 0;
  var open = async function (extra) {
    var options = Object.assign({ basePath: base }, settings, extra);
    if (merged) options.mergeFilter = { bundle: CURRENT };
    var instance = module.createInstance(options);
    await instance.init();
    for (var i = 0; i < years.length; i++) {
      var filter = {};
      filter[BUNDLE] = years[i];
      await instance.mergeIndex(base + years[i] + "/", Object.assign({}, settings, extra, { mergeFilter: filter }));
    }
    return instance;
  };
  var main = await open({});
  var exact = null;
  var exactMode = false;
  var dates = new Map();
  var sortDates = function (bundle) {
    if (!dates.has(bundle)) dates.set(bundle, getJson(base + (bundle === CURRENT ? "" : bundle + "/") + "sort-dates.json"));
    return dates.get(bundle);
  };
  var bundles = [CURRENT].concat(years);
  var only = function (filters, bundle) {
    var f = Object.assign({}, filters);
    f[BUNDLE] = bundle;
    return f;
  };
  // Whether a bundle holds `word`, or a word starting with it (one still being typed). A bundle
  // that holds neither answers with pages holding a shorter prefix ("đường" finds "đủ"), which
  // are not answers: the search leaves that bundle out.
  var held = new Map();
  function holds(instance, bundle, word) {
    var key = (instance === main ? "" : "=") + bundle + "\u0000" + word;
    if (!held.has(key))
      held.set(key, (async function () {
        if ((await instance.search('"' + word + '"', { filters: only({}, bundle) })).results.length) return true;
        var first = (await instance.search(word, { filters: only({}, bundle) })).results[0];
        if (!first) return false;
        if (!first.words.length) return true;
        var text = (await first.data()).content.split(WORD_SEPARATORS);
        var wanted = fold(word);
        return first.words.some(function (at) { return fold((text[at] || "").replace(PUNCTUATION, "")).indexOf(wanted) === 0; });
      })());
    return held.get(key);
  }
  async function answering(instance, term) {
    if (term === null || /^\s*".+"\s*$/.test(term)) return bundles;
    var words = queryWords(term);
    var out = [];
    for (var b = 0; b < bundles.length; b++) {
      var all = true;
      for (var w = 0; w < words.length && all; w++) all = await holds(instance, bundles[b], words[w]);
      if (all) out.push(bundles[b]);
    }
    return out;
  }
  async function searchMerged(instance, term, options) {
    var sorted = options.sort && Object.keys(options.sort).length;
    var from = await answering(instance, term);
    if (!sorted && from.length === bundles.length) return instance.search(term, options);
    var lists = await Promise.all(from.map(function (b) { return instance.search(term, Object.assign({}, options, { filters: only(options.filters, b) })); }));
    var all = [];
    if (!sorted) {
      // Pagefind's own merge: every bundle's results by score.
      lists.forEach(function (found) { found.results.forEach(function (r) { all.push(r); }); });
      return { results: all.sort(function (a, b) { return b.score - a.score; }) };
    }
    var key = Object.keys(options.sort)[0];
    var asc = options.sort[key] === "asc";
    var tables = await Promise.all(from.map(sortDates));
    lists.forEach(function (found, i) {
      // Sorted, Pagefind scores a result by its position in its bundle's ascending date order.
      found.results.forEach(function (r) { all.push({ result: r, date: tables[i][Math.abs(r.score)] || "", bundle: i }); });
    });
    all.sort(function (a, b) {
      var byDate = a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
      return (asc ? byDate : -byDate) || a.bundle - b.bundle || b.result.score - a.result.score;
    });
    return { results: all.map(function (x) { return x.result; }) };
  }
  return {
    years: years,
    search: async function (term, options) {
      options = options || {};
      var instance = main;
      if (!merged) return main.search(term, options);
      if (exactMode) instance = await (exact = exact || open({ exactDiacritics: true }));
      return searchMerged(instance, term, options);
    },
    options: async function (o) {
      if (!merged) return main.options(o);
      var rest = Object.assign({}, o);
      if ("exactDiacritics" in rest) {
        exactMode = rest.exactDiacritics === true;
        delete rest.exactDiacritics;
      }
      if (Object.keys(rest).length) await main.options(rest);
    },
    filters: function () { return main.filters(); },
    destroy: async function () {
      await main.destroy();
      if (exact) await (await exact).destroy();
    },
  };
}

// ---- The page ----

/** The vocabulary, fetched once when a query first needs it; an empty one if it cannot be read. */
function vocabularyFrom(url) {
  var loaded = null;
  return function () {
    loaded =
      loaded ||
      (url
        ? fetch(url, { cache: "no-cache" })
            .then(function (r) { return r.ok ? r.text() : ""; })
            .catch(function () { return ""; })
        : Promise.resolve("")
      ).then(parseVocabulary);
    return loaded;
  };
}

function startPage() {
  var form = document.querySelector("[data-search-form]");
  var out = document.querySelector("[data-search-results]");
  if (!form || !out) return;
  var input = form.querySelector("input[name=q]");
  var filterBox = form.querySelector("[data-search-filters]");
  var selects = Array.from(form.querySelectorAll("select"));
  var status = out.querySelector("[data-search-status]");
  var list = out.querySelector("[data-search-list]");
  var more = out.querySelector("[data-search-more]");
  var bundle = out.getAttribute("data-bundle");
  var vocabulary = vocabularyFrom(out.getAttribute("data-vocabulary"));
  // The archive: older years of trainings and news, each its own bundle, merged on request.
  // With fewer than FEW results from the current bundle, the archive is offered.
  var archiveYears = (out.getAttribute("data-archive-years") || "").split(" ").filter(Boolean);
  var cutoff = out.getAttribute("data-archive-cutoff");
  var archiveBox = form.querySelector("input[name=cac-nam-truoc]");
  var scope = out.querySelector("[data-search-scope]");
  var offer = out.querySelector("[data-search-archive]");
  var PAGE = 10;
  var SORTS = { "moi-nhat": "desc", "cu-nhat": "asc" };
  var pagefind;
  var pagefindYears = "";
  var shown = [];
  var current = 0;
  if (filterBox) filterBox.hidden = false;
  // What the search understood: the variant searched, words not found, words to try instead.
  var notes = el("div", "search-notes");
  notes.setAttribute("data-search-notes", "");
  status.after(notes);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // The passage around the words found, cut at sentence boundaries (./search-words.js): the
  // page's text as text nodes, the words found in <mark>.
  function excerptOf(data) {
    var cut = excerpt(data.content || "", data.locations || []);
    var p = el("p", "excerpt");
    if (cut.lead) p.appendChild(document.createTextNode("… "));
    cut.parts.forEach(function (part) {
      var t = document.createTextNode(part.text);
      if (part.mark) p.appendChild(el("mark")).appendChild(t);
      else p.appendChild(t);
    });
    if (cut.trail) p.appendChild(document.createTextNode("…"));
    return p;
  }

  function item(data) {
    var li = el("li");
    var h = el("h2", "card-title");
    var a = el("a", "", data.meta.title || data.url);
    a.href = data.url;
    h.appendChild(a);
    li.appendChild(h);
    var facts = [];
    if (data.filters && data.filters.loai) facts.push(data.filters.loai[0]);
    if (data.meta.date) facts.push(data.meta.date);
    if (data.meta.place) facts.push(data.meta.place);
    if (facts.length) li.appendChild(el("p", "meta", facts.join(" · ")));
    if (data.content) li.appendChild(excerptOf(data));
    return li;
  }

  var loading = false;
  async function showMore(run) {
    if (loading) return;
    loading = true;
    try {
      var next = shown.slice(list.children.length, list.children.length + PAGE);
      var pages = await Promise.all(next.map(function (h) { return h.result.data(); }));
      if (run !== current) return;
      pages.forEach(function (d) { list.appendChild(item(d)); });
      more.hidden = list.children.length >= shown.length;
    } finally {
      loading = false;
    }
  }

  // The URL fills the form (a value the form does not offer is dropped); the form is searched.
  function fill() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    selects.forEach(function (sel) {
      var v = params.get(sel.name) || "";
      sel.value = Array.from(sel.options).some(function (o) { return o.value === v; }) ? v : "";
    });
    if (archiveBox) archiveBox.checked = params.get(archiveBox.name) === "1";
  }

  // The archive years a search needs: the year filtered on, if it has an archive bundle; every
  // year when the reader asked for the archive; none otherwise.
  function yearsFor(s) {
    if (s.filters.nam) return archiveYears.indexOf(s.filters.nam) >= 0 ? [s.filters.nam] : [];
    return s.archive ? archiveYears : [];
  }

  // The search instance for those years: the current bundle, with the archive years merged.
  function instanceFor(years) {
    var key = years.join(" ");
    if (pagefind && pagefindYears === key) return pagefind;
    var old = pagefind;
    pagefindYears = key;
    pagefind = import(bundle + "pagefind.js").then(async function (module) {
      if (old) await (await old.catch(function () { return { destroy: function () {} }; })).destroy();
      return openBundles(module, bundle, years, { ranking: RANKING }, function (url) {
        return fetch(url).then(function (r) { return r.json(); });
      });
    });
    return pagefind;
  }

  // How far back the results go, in words.
  function describeScope(s, years) {
    if (!archiveYears.length) return "";
    if (s.filters.nam) return years.length ? "Kết quả gồm cả lưu trữ năm " + s.filters.nam + "." : "";
    if (years.length) return "Kết quả gồm mọi năm, từ " + archiveYears[archiveYears.length - 1] + " đến nay.";
    return "Đào tạo và tin tức từ ngày " + cutoff + " trở đi; hướng dẫn, kế hoạch và các trang khác của mọi năm.";
  }

  function state() {
    var s = { q: input.value, filters: {}, sort: "", archive: Boolean(archiveBox && archiveBox.checked) };
    selects.forEach(function (sel) {
      if (sel.name === "sap-xep") s.sort = sel.value;
      else if (sel.value) s.filters[sel.name] = sel.value;
    });
    return s;
  }

  /** A link to search `q` with the filters chosen now. */
  function searchLink(q) {
    var url = new URL(location.href);
    url.searchParams.set("q", q);
    var a = el("a", "", q);
    a.href = url.pathname + url.search;
    a.addEventListener("click", function (e) {
      e.preventDefault();
      input.value = q;
      submit();
    });
    return a;
  }

  function explain(s, answer) {
    notes.textContent = "";
    if (answer.variant) {
      var p = el("p", "search-variant", "Kết quả cho: ");
      p.setAttribute("data-search-variant", "");
      p.appendChild(el("strong", "", answer.variant.label));
      if (!answer.found) p.appendChild(document.createTextNode(" (không có kết quả cho “" + s.q.trim() + "”)"));
      notes.appendChild(p);
    }
    if (answer.missing.length) {
      var m = el("p", "search-missing", "Không tìm thấy từ: " + answer.missing.join(", "));
      m.setAttribute("data-search-missing", "");
      notes.appendChild(m);
    }
    if (answer.suggestions.length) {
      var sp = el("p", "search-suggest", "Có phải bạn muốn tìm: ");
      sp.setAttribute("data-search-suggest", "");
      answer.suggestions.forEach(function (x, n) {
        if (n) sp.appendChild(document.createTextNode(", "));
        sp.appendChild(searchLink(x.query));
      });
      sp.appendChild(document.createTextNode("?"));
      notes.appendChild(sp);
    }
  }

  async function run(s) {
    var id = ++current;
    list.textContent = "";
    notes.textContent = "";
    more.hidden = true;
    if (scope) scope.hidden = true;
    if (offer) offer.hidden = true;
    shown = [];
    var filtered = Object.keys(s.filters).length > 0;
    if (!s.q.trim() && !filtered) {
      status.textContent = "Nhập từ khóa hoặc chọn bộ lọc để tìm.";
      return;
    }
    status.textContent = "Đang tìm…";
    try {
      var years = yearsFor(s);
      var answer = await search(await instanceFor(years), s.q, { filters: s.filters, sort: SORTS[s.sort] }, vocabulary);
      if (id !== current) return;
      var hits = answer.hits;
      shown = hits;
      loading = false;
      await showMore(id);
      if (id !== current) return;
      var what = s.q.trim() ? " cho “" + s.q.trim() + "”" : "";
      var narrowed = filtered ? (s.q.trim() ? " trong bộ lọc đã chọn" : " theo bộ lọc đã chọn") : "";
      status.textContent = hits.length ? "Tìm thấy " + hits.length + " kết quả" + (answer.variant ? "" : what) + narrowed + "." : "Không tìm thấy kết quả nào" + what + narrowed + ".";
      explain(s, answer);
      if (scope) {
        scope.textContent = describeScope(s, years);
        scope.hidden = !scope.textContent;
      }
      if (offer) offer.hidden = years.length > 0 || Boolean(s.filters.nam) || hits.length >= FEW;
    } catch (e) {
      // A search overtaken by another (whose bundles replaced this one's) fails quietly.
      if (id !== current) return;
      pagefind = null;
      pagefindYears = "";
      status.textContent = "Không tìm được lúc này. Vui lòng tải lại trang và thử lại.";
      throw e;
    }
  }

  function submit() {
    var url = new URL(location.href);
    url.search = "";
    if (input.value.trim()) url.searchParams.set("q", input.value.trim());
    selects.forEach(function (sel) { if (sel.value) url.searchParams.set(sel.name, sel.value); });
    if (archiveBox && archiveBox.checked) url.searchParams.set(archiveBox.name, "1");
    if (url.href !== location.href) history.pushState(null, "", url);
    run(state());
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    submit();
  });
  selects.forEach(function (sel) { sel.addEventListener("change", submit); });
  if (archiveBox) archiveBox.addEventListener("change", submit);
  if (offer)
    offer.addEventListener("click", function () {
      archiveBox.checked = true;
      submit();
    });
  more.addEventListener("click", function () { showMore(current); });
  window.addEventListener("popstate", function () {
    fill();
    run(state());
  });
  fill();
  run(state());
}

if (typeof document !== "undefined") startPage();
