// The search page: runs Pagefind in the browser, with the query kept in the URL so results
// can be shared and the back button works.
(function () {
  var form = document.querySelector("[data-search-form]");
  var out = document.querySelector("[data-search-results]");
  if (!form || !out) return;
  var input = form.querySelector("input[name=q]");
  var bundle = out.getAttribute("data-bundle");
  var pagefind;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  async function run(q) {
    out.textContent = "";
    if (!q.trim()) return;
    out.appendChild(el("p", "meta", "Đang tìm…"));
    pagefind = pagefind || (await import(bundle + "pagefind.js"));
    var search = await pagefind.search(q);
    var results = await Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    out.textContent = "";
    out.appendChild(el("p", "meta", results.length ? "Tìm thấy " + search.results.length + " kết quả cho “" + q + "”." : "Không tìm thấy kết quả nào cho “" + q + "”."));
    var list = el("ol", "search-results");
    results.forEach(function (r) {
      var li = el("li");
      var h = el("h2", "card-title");
      var a = el("a", "", r.meta.title);
      a.href = r.url;
      h.appendChild(a);
      li.appendChild(h);
      var p = el("p");
      // Pagefind's excerpt is escaped text with <mark> around matches: keep only the marks.
      r.excerpt.split(/(<mark>|<\/mark>)/).reduce(function (inMark, part) {
        if (part === "<mark>") return true;
        if (part === "</mark>") return false;
        var t = document.createTextNode(part.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"));
        if (inMark) { var m = el("mark"); m.appendChild(t); p.appendChild(m); } else p.appendChild(t);
        return inMark;
      }, false);
      li.appendChild(p);
      list.appendChild(li);
    });
    out.appendChild(list);
  }
  var q = new URLSearchParams(location.search).get("q") || "";
  input.value = q;
  run(q);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.pushState(null, "", url);
    run(input.value);
  });
  window.addEventListener("popstate", function () {
    var q2 = new URLSearchParams(location.search).get("q") || "";
    input.value = q2;
    run(q2);
  });
})();
