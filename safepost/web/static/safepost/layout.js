/* The phone-first layout (issue 14), the part CSS cannot do alone. No inline script: the
   Content-Security-Policy allows scripts from our own origin only.

   1. Tables become lists on a phone (site.css stacks every table's rows as cards under 40rem).
      Each data cell gets its column's heading as data-label, which site.css shows before the
      cell's content, so a stacked card reads "Role: Teacher". Every table, on every page, now
      and later: a table opts out with class="keep-table".
   2. Changing a table's CSS display drops its table semantics in Chrome and Safari (Adrian
      Roselli, "Tables, CSS Display Properties, and ARIA"), so the ARIA table roles are written
      back explicitly: a screen reader keeps rows, columns and column headers at every width.
   3. Browsers without ::details-content cannot keep the navigation's <details> open with CSS
      on a wide screen; this opens it for them. */
(function () {
  "use strict";
  var OPT_OUT = ".keep-table, .month";
  var WIDE = "(min-width: 40.0625rem)";

  function columnHeadings(table) {
    var head = table.tHead;
    if (!head || !head.rows.length) return [];
    var labels = [];
    Array.prototype.forEach.call(head.rows[head.rows.length - 1].cells, function (cell) {
      var text = cell.textContent.replace(/\s+/g, " ").trim();
      for (var i = 0; i < (cell.colSpan || 1); i += 1) labels.push(text);
    });
    return labels;
  }

  function giveRoles(table) {
    table.setAttribute("role", "table");
    [table.tHead, table.tFoot].concat(Array.prototype.slice.call(table.tBodies)).forEach(function (group) {
      if (group) group.setAttribute("role", "rowgroup");
    });
  }

  function labelTable(table) {
    if (table.matches(OPT_OUT) || table.hasAttribute("data-labelled")) return;
    var labels = columnHeadings(table);
    giveRoles(table);
    Array.prototype.forEach.call(table.rows, function (row) {
      row.setAttribute("role", "row");
      var column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        var span = cell.colSpan || 1;
        if (cell.tagName === "TH") {
          var inHead = cell.parentElement.parentElement === table.tHead;
          cell.setAttribute("role", inHead || cell.scope === "col" ? "columnheader" : "rowheader");
        } else {
          cell.setAttribute("role", "cell");
          // A cell spanning columns ("No staff yet.") has no single heading to borrow.
          if (span === 1 && labels[column] && !cell.hasAttribute("data-label")) cell.setAttribute("data-label", labels[column]);
        }
        column += span;
      });
    });
    table.setAttribute("data-labelled", "");
  }

  function labelTablesIn(root) {
    if (!root || !root.querySelectorAll) return;
    if (root.tagName === "TABLE") labelTable(root);
    Array.prototype.forEach.call(root.querySelectorAll("table"), labelTable);
  }

  function keepMenuOpenWhenWide() {
    var menu = document.querySelector("details.menu");
    if (!menu || (window.CSS && CSS.supports && CSS.supports("selector(::details-content)"))) return;
    var wide = window.matchMedia(WIDE);
    var sync = function () { menu.open = wide.matches; };
    sync();
    if (wide.addEventListener) wide.addEventListener("change", sync);
  }

  function start() {
    labelTablesIn(document.body);
    keepMenuOpenWhenWide();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  // Tables that htmx swaps in later are labelled too.
  document.addEventListener("htmx:load", function (event) { labelTablesIn(event.detail && event.detail.elt); });
}());
