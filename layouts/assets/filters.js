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
