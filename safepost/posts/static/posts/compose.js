// The posts pages' small helpers (a static file: the Content-Security-Policy allows no inline script). The page works without them, except the pupil filter.
(function () {
  "use strict";
  // htmx copies a swapped element's "style" attribute while it settles; under the site's
  // Content-Security-Policy (no inline style) that is a violation, and these pages need none.
  if (window.htmx) window.htmx.config.attributesToSettle = ["class", "width", "height"];
  // Filter the roster in the page: pupils' names never travel in a URL or a search request.
  document.addEventListener("input", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("[data-filter-list]")) return;
    var words = box.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
    var items = document.getElementById(box.dataset.filterList).children;
    for (var i = 0; i < items.length; i++) {
      var hay = items[i].dataset.search || "";
      var checked = items[i].querySelector("input:checked");
      items[i].hidden = !checked && !words.every(function (w) { return hay.indexOf(w) !== -1; });
    }
  });
  // Once the draft is being sent (for approval or as a save), autosave stops: a timed save
  // racing the send would save the same draft twice at once.
  var sending = false;
  document.addEventListener("submit", function (event) {
    if (event.target.id === "compose-form") sending = true;
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (sending && event.detail && event.detail.elt && event.detail.elt.id === "save-status") event.preventDefault();
  });
  // Remove a photo from the draft (the upload stays private and unused).
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-remove]");
    if (!button) return;
    var row = document.getElementById(button.dataset.remove);
    var form = document.getElementById("compose-form");
    if (row) row.remove();
    if (form) form.dispatchEvent(new Event("change", { bubbles: true }));
  });
  // The approved text to post by hand: one click selects all of it, ready to copy.
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-select-all]")) event.target.select();
  });
  // A fix applied on the server comes back with the check; put the corrected text in the box
  // (setting its value, not swapping the element, keeps the caret box and the page's CSP intact).
  document.addEventListener("htmx:afterSwap", function () {
    var applied = document.getElementById("applied-text");
    var box = document.getElementById("id_text");
    if (!applied || !box) return;
    box.value = applied.dataset.text;
    applied.remove();
    box.dispatchEvent(new Event("change", { bubbles: true }));  // saves the draft
  });
  // After an upload, empty the file box so the same photo can be chosen again.
  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.elt && event.detail.elt.id === "id_image") event.detail.elt.value = "";
  });
})();
