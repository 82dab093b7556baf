// Calendar filters: with JavaScript, the selects narrow the cards in place; without it,
// the facet links above lead to one page per value.
(function () {
  var form = document.querySelector("[data-filter-form]");
  var scope = document.querySelector("[data-filter-scope]");
  if (!form || !scope) return;
  form.hidden = false;
  var count = form.querySelector("[data-filter-count]");
  var empty = scope.querySelector("[data-filter-empty]");
  function apply() {
    var wanted = {};
    form.querySelectorAll("select").forEach(function (s) {
      if (s.value) wanted[s.name] = s.value;
    });
    var shown = 0;
    scope.querySelectorAll(".month").forEach(function (month) {
      var visible = 0;
      month.querySelectorAll(".session-card").forEach(function (card) {
        var ok = Object.keys(wanted).every(function (key) {
          var have = (card.getAttribute("data-" + key) || "").split(" ");
          return have.indexOf(wanted[key]) !== -1;
        });
        card.hidden = !ok;
        if (ok) visible++;
      });
      month.hidden = visible === 0;
      shown += visible;
    });
    if (empty) empty.hidden = shown !== 0;
    if (count) count.textContent = "Đang hiện " + shown + " khóa.";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    apply();
  });
})();
