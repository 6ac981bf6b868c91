/* Divergence report: flag filters. Inlined into the HTML file by toolkit/report/html.py. */
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("#flag-table tbody tr.flag"));
  var selects = Array.prototype.slice.call(document.querySelectorAll("#flag-filters select"));
  var count = document.getElementById("flag-count");

  function wanted() {
    var want = {};
    selects.forEach(function (select) {
      if (select.value) { want[select.getAttribute("data-key")] = select.value; }
    });
    return want;
  }

  function apply() {
    var want = wanted();
    var keys = Object.keys(want);
    var shown = 0;
    rows.forEach(function (row) {
      var keep = keys.every(function (key) { return row.getAttribute("data-" + key) === want[key]; });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " flags shown";
    count.setAttribute("data-shown", String(shown));
  }

  selects.forEach(function (select) { select.addEventListener("change", apply); });
  var reset = document.getElementById("flag-reset");
  if (reset) {
    reset.addEventListener("click", function () {
      selects.forEach(function (select) { select.value = ""; });
      apply();
    });
  }
  apply();
  document.body.setAttribute("data-ready", "1");
})();
