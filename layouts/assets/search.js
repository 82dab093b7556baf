// The search page: Pagefind in the browser, reading Vietnamese as people type it. The query,
// the filters and the order live in the URL, so results can be shared and Back works.
//
// Pagefind folds tone marks by itself but keeps "đ" apart from "d". Every "d" a reader types may
// stand for "đ", so each word is tried in the spellings the index holds as words ("dao" → "đao",
// "dang" → "dang", "đang"), the query is searched in each combination and the answers merged:
// pages holding more of the query's words side by side as typed ("đào tạo năng suất") first,
// then pages holding the words exactly as typed with their diacritics ("dầu" before "đầu" and
// "dấu"), then Pagefind's score. The rules below are those of src/search/fold.ts
// (test/search/fold.test.ts checks that both agree); the tests run `find` in Node too.
(function () {
  "use strict";

  // ---- Vietnamese query rules (src/search/fold.ts) ----
  var MARKS = /\p{M}/gu;
  var PUNCTUATION = /(?!_)[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
  var MAX_D_PER_WORD = 2;

  function fold(s) {
    return s.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function hasDiacritics(word) {
    return /\p{M}|đ|Đ/u.test(word.normalize("NFD"));
  }
  function queryWords(query) {
    return query
      .normalize("NFC")
      .toLowerCase()
      .split(/\s+/)
      .map(function (w) { return w.replace(PUNCTUATION, ""); })
      .filter(function (w) { return w.length > 0; });
  }
  function spellings(word) {
    var letters = Array.from(word);
    var positions = [];
    for (var i = 0; i < letters.length && positions.length < MAX_D_PER_WORD; i++) if (letters[i] === "d") positions.push(i);
    var out = [];
    for (var mask = 0; mask < 1 << positions.length; mask++) {
      var chars = letters.slice();
      positions.forEach(function (p, bit) { if (mask & (1 << bit)) chars[p] = "đ"; });
      out.push(chars.join(""));
    }
    return out;
  }

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
  var RANKING = { pageLength: 0.1 };
  /** Pagefind splits page text into words at white space (its excerpts count words the same way). */
  var WORD_SEPARATORS = /[^\S\uFEFF]+/;

  function ids(results) {
    return new Set(results.map(function (r) { return r.id; }));
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
   * Searches `query` with a Pagefind instance (`pagefind.js`'s exports): returns hits, best first,
   * each `{ id, score, phrase, exact, penalty, spelling, result }`; `result.data()` loads the page.
   * options: `filters` (Pagefind filters), `sort` ("desc" newest first, "asc" oldest first).
   * Calls run one after another, as one of them switches Pagefind's `exactDiacritics` for a moment.
   */
  var queue = Promise.resolve();
  function find(pagefind, query, options) {
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
        for (var f = 0; f < candidates.length; f++) if ((await pagefind.search('"' + candidates[f] + '"')).results.length) forms.push(candidates[f]);
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
    if (dated && hits.length) {
      // Pagefind sorts by the date key; pages without a date (topics, agencies) come last.
      var order = (await pagefind.search(null, { filters: filters, sort: { date: options.sort === "asc" ? "asc" : "desc" } })).results;
      var rank = new Map();
      order.forEach(function (r, n) { rank.set(r.id, n); });
      var relevance = new Map();
      hits.forEach(function (h, n) { relevance.set(h.id, n); });
      var at = function (h) { return rank.has(h.id) ? rank.get(h.id) : order.length + relevance.get(h.id); };
      hits.sort(function (a, b) { return at(a) - at(b); });
    }
    return hits;
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
  async function openBundles(module, base, years, settings, getJson) {
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

  var api = { fold: fold, hasDiacritics: hasDiacritics, queryWords: queryWords, spellings: spellings, ranking: RANKING, find: find, openBundles: openBundles };
  if (typeof module === "object" && module && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  // ---- The page ----
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
  // The archive: older years of trainings and news, each its own bundle, merged on request.
  var archiveYears = (out.getAttribute("data-archive-years") || "").split(" ").filter(Boolean);
  var cutoff = out.getAttribute("data-archive-cutoff");
  var archiveBox = form.querySelector("input[name=cac-nam-truoc]");
  var scope = out.querySelector("[data-search-scope]");
  var offer = out.querySelector("[data-search-archive]");
  /** With fewer results than this from the current bundle, the archive is offered. */
  var FEW = 3;
  var PAGE = 10;
  var SORTS = { "moi-nhat": "desc", "cu-nhat": "asc" };
  var pagefind;
  var pagefindYears = "";
  var shown = [];
  var current = 0;
  if (filterBox) filterBox.hidden = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // Pagefind's excerpt is the page's text with "<" and ">" escaped and <mark> around the words
  // found: the marks become elements, everything else stays text.
  function excerpt(html) {
    var p = el("p", "excerpt");
    var inMark = false;
    html.split(/(<mark>|<\/mark>)/).forEach(function (part) {
      if (part === "<mark>") inMark = true;
      else if (part === "</mark>") inMark = false;
      else if (part) {
        var t = document.createTextNode(part.replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
        if (inMark) p.appendChild(el("mark")).appendChild(t);
        else p.appendChild(t);
      }
    });
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
    if (data.excerpt) li.appendChild(excerpt(data.excerpt));
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

  async function run(s) {
    var id = ++current;
    list.textContent = "";
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
      var hits = await find(await instanceFor(years), s.q, { filters: s.filters, sort: SORTS[s.sort] });
      if (id !== current) return;
      shown = hits;
      loading = false;
      await showMore(id);
      if (id !== current) return;
      var what = s.q.trim() ? " cho “" + s.q.trim() + "”" : "";
      var narrowed = filtered ? (s.q.trim() ? " trong bộ lọc đã chọn" : " theo bộ lọc đã chọn") : "";
      status.textContent = hits.length ? "Tìm thấy " + hits.length + " kết quả" + what + narrowed + "." : "Không tìm thấy kết quả nào" + what + narrowed + ".";
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
})();
