// Filters of a list page: with JavaScript, the selects narrow the items in place; without it,
// the links above lead to one page per value. Items carry one data attribute per select
// (data-<name>, space-separated values); groups (the calendar's months) hide when empty.
// Also: a button that copies a citation line, shown only where the script runs.
(function () {
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector("[data-copy-status]");
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(
        function () { if (status) status.textContent = "Đã sao chép."; },
        function () { if (status) status.textContent = "Không sao chép được: hãy chọn đoạn trích dẫn và sao chép."; }
      );
    });
  });

  var form = document.querySelector("[data-filter-form]");
  var scope = document.querySelector("[data-filter-scope]");
  if (!form || !scope) return;
  form.hidden = false;
  var count = form.querySelector("[data-filter-count]");
  var noun = (count && count.getAttribute("data-noun")) || "khóa";
  var empty = scope.querySelector("[data-filter-empty]");
  var groups = scope.querySelectorAll(".month, [data-filter-group]");
  function apply() {
    var wanted = {};
    form.querySelectorAll("select").forEach(function (s) {
      if (s.value) wanted[s.name] = s.value;
    });
    var shown = 0;
    scope.querySelectorAll(".session-card, [data-filter-item]").forEach(function (item) {
      var ok = Object.keys(wanted).every(function (key) {
        var have = (item.getAttribute("data-" + key) || "").split(" ");
        return have.indexOf(wanted[key]) !== -1;
      });
      item.hidden = !ok;
      if (ok) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".session-card:not([hidden]), [data-filter-item]:not([hidden])");
    });
    if (empty) empty.hidden = shown !== 0;
    if (count) count.textContent = "Đang hiện " + shown + " " + noun + ".";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    apply();
  });
})();

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

  // The chosen filters, from the URL: { key: slug }, only values that exist. A kind or a format
  // may still come by its former English code (?hinh-thuc=online) from a link shared before.
  function chosen() {
    var params = new URLSearchParams(location.search);
    var out = {};
    links.forEach(function (a) {
      var key = a.getAttribute("data-key");
      var wanted = params.get(key);
      if (wanted === a.getAttribute("data-slug") || wanted === a.getAttribute("data-value")) out[key] = a;
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

  // Provinces by any name, old or new (the lookup's options): "Quảng Nam", "quang nam" and
  // "quang-nam" all mean Đà Nẵng since 1/7/2025, and the reader is told so.
  var lookup = box.querySelector("[data-province-lookup]");
  var input = lookup && lookup.querySelector("input");
  var note = lookup && lookup.querySelector("[data-province-note]");
  var names = {};
  // Folded as the search folds (layouts/assets/search-words.js): no tone marks, "đ" as "d", any
  // case; "tỉnh", "thành phố", "TP" before the name are dropped; then written as an id.
  function nameKey(s) {
    return String(s || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .trim()
      .replace(/^(tinh|thanh pho|tp\.?)\s+/, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  }
  if (lookup) {
    lookup.hidden = false;
    lookup.querySelectorAll("option").forEach(function (o) {
      names[nameKey(o.value)] = o;
      names[o.getAttribute("data-id")] = o;
    });
  }
  function provinceLink(id) {
    return links.filter(function (a) {
      return a.getAttribute("data-key") === "tinh" && a.getAttribute("data-value") === id;
    })[0];
  }
  function say(text) {
    if (note) note.textContent = text;
  }
  // Selects the current unit a name means; `replace` rewrites the URL instead of adding a step.
  function choose(o, replace) {
    var link = provinceLink(o.getAttribute("data-to"));
    var wanted = chosen();
    var text = o.getAttribute("data-note") ? o.getAttribute("data-note") + "." : "";
    if (link) wanted.tinh = link;
    else {
      delete wanted.tinh;
      text += " Lịch chưa có khóa nào tại " + o.getAttribute("data-title") + ".";
    }
    history[replace ? "replaceState" : "pushState"](null, "", urlFor(wanted));
    say(text.trim());
  }
  if (lookup) {
    lookup.addEventListener("submit", function (e) {
      e.preventDefault();
      var o = names[nameKey(input.value)];
      if (o) choose(o, false);
      else say("Không tìm thấy tỉnh, thành phố “" + input.value.trim() + "”: hãy chọn một tên trong danh sách.");
      apply();
    });
    // A name picked from the list selects at once.
    input.addEventListener("input", function () {
      var o = names[nameKey(input.value)];
      if (o && o.value === input.value) {
        choose(o, false);
        apply();
      }
    });
  }
  // A URL with an old name or id (?tinh=quang-nam, a bookmark from before 1/7/2025).
  var asked = new URLSearchParams(location.search).get("tinh");
  if (asked && !chosen().tinh && names[nameKey(asked)]) choose(names[nameKey(asked)], true);

  box.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[data-key], [data-filter-clear] a");
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    history.pushState(null, "", a.href);
    say("");
    apply();
  });
  window.addEventListener("popstate", apply);
  apply();
})();
