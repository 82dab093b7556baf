// The calendar's filter control. Without JavaScript its links lead to one page per facet value.
// On the whole calendar, they become toggles: choosing one narrows the cards in place and
// writes the choice into the URL (?tinh=…&hinh-thuc=…), so a filtered view can be shared and
// survives a reload. The control opens by itself on wide screens and stays collapsed on phones.
(function () {
  var box = document.querySelector("[data-filters]");
  if (!box) return;
  if (window.matchMedia("(min-width: 48rem)").matches) box.open = true;
  var scope = document.querySelector("[data-filter-scope]");
  if (box.getAttribute("data-filters") !== "live" || !scope) return;
  var links = Array.prototype.slice.call(box.querySelectorAll("a[data-key]"));
  var count = box.querySelector("[data-filter-count]");
  var summary = box.querySelector("[data-filter-summary]");
  var clear = box.querySelector("[data-filter-clear]");
  var empty = scope.querySelector("[data-filter-empty]");
  var base = location.pathname;

  // The chosen filters, from the URL: { key: slug }, only values that exist.
  function chosen() {
    var params = new URLSearchParams(location.search);
    var out = {};
    links.forEach(function (a) {
      var key = a.getAttribute("data-key");
      if (params.get(key) === a.getAttribute("data-slug")) out[key] = a;
    });
    return out;
  }

  function urlFor(wanted) {
    var params = new URLSearchParams();
    Object.keys(wanted).forEach(function (key) {
      params.set(key, wanted[key].getAttribute("data-slug"));
    });
    var q = params.toString();
    return base + (q ? "?" + q : "");
  }

  function apply() {
    var wanted = chosen();
    var keys = Object.keys(wanted);
    var shown = 0;
    scope.querySelectorAll(".month").forEach(function (month) {
      var visible = 0;
      month.querySelectorAll(".session-card").forEach(function (card) {
        var ok = keys.every(function (key) {
          var a = wanted[key];
          var have = (card.getAttribute("data-" + a.getAttribute("data-attr")) || "").split(" ");
          return have.indexOf(a.getAttribute("data-value")) !== -1;
        });
        card.hidden = !ok;
        if (ok) visible++;
      });
      month.hidden = visible === 0;
      shown += visible;
    });
    // Each link says whether it is chosen, and leads to the view a click would give.
    links.forEach(function (a) {
      var key = a.getAttribute("data-key");
      var on = wanted[key] === a;
      if (on) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
      var next = {};
      Object.keys(wanted).forEach(function (k) {
        if (k !== key) next[k] = wanted[k];
      });
      if (!on) next[key] = a;
      a.href = urlFor(next);
    });
    if (empty) empty.hidden = shown !== 0;
    if (clear) clear.hidden = keys.length === 0;
    if (summary)
      summary.textContent = keys.length
        ? ": " +
          keys
            .map(function (k) {
              return wanted[k].textContent.trim();
            })
            .join(", ")
        : "";
    if (count) count.textContent = keys.length ? "Đang hiện " + shown + " khóa." : "";
  }

  box.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[data-key], [data-filter-clear] a");
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    history.pushState(null, "", a.href);
    apply();
  });
  window.addEventListener("popstate", apply);
  apply();
})();
