/* The positions table's party and issue filters: a progressive enhancement. The form is
   in the page, hidden; without this script every position is shown and no control is.
   Material's document$ fires on the first load and after every instant navigation, which
   brings a new table: set-up runs there, once per table. */
(function () {
  "use strict";

  /* The reader's choice: ids to match the cells' data attributes, names to tell them. */
  function chosen(root) {
    var radio = root.querySelector(".positions-filter input[name=party]:checked");
    var select = root.querySelector(".positions-filter select[name=issue]");
    var option = select && select.options[select.selectedIndex];
    return {
      party: radio ? radio.value : "",
      partyName: radio && radio.labels.length ? radio.labels[0].textContent : "",
      issue: option ? option.value : "",
      issueName: option ? option.textContent : ""
    };
  }

  function every(count, one, many) {
    return count === 1 ? "the one " + one : "all " + count + " " + many;
  }

  /* What a screen reader hears after each change, and everyone reads above the table;
     the page's own text for no filter is worded the same (sections/positions.py). */
  function statusText(root, want) {
    var parties = root.querySelectorAll(".positions-filter input[name=party]").length - 1;
    var select = root.querySelector(".positions-filter select[name=issue]");
    var issues = select ? select.options.length - 1 : 0;
    var who = want.party ? want.partyName : every(parties, "party", "parties");
    var what = want.issue ? want.issueName : every(issues, "issue", "issues");
    return "Showing " + who + " on " + what + ".";
  }

  function excluded(element, want) {
    var party = element.getAttribute("data-party");
    var issue = element.getAttribute("data-issue");
    return Boolean((want.party && party && party !== want.party) ||
                   (want.issue && issue && issue !== want.issue));
  }

  function apply(root) {
    var want = chosen(root);
    var cells = root.querySelectorAll("td[data-party]");
    for (var i = 0; i < cells.length; i++) cells[i].hidden = excluded(cells[i], want);
    /* Rows and column headers carry the one attribute they stand for. */
    var lines = root.querySelectorAll("tbody tr, thead th[data-party], thead th[data-issue]");
    for (var j = 0; j < lines.length; j++) lines[j].hidden = excluded(lines[j], want);
    root.classList.toggle("positions-filtered", Boolean(want.party || want.issue));
    var status = root.querySelector(".positions-status");
    var text = statusText(root, want);
    if (status && status.textContent !== text) status.textContent = text;
  }

  function showAll(root) {
    var all = root.querySelector("#positions-party-all");
    var issue = root.querySelector(".positions-filter select[name=issue]");
    if (all) all.checked = true;
    if (issue) issue.value = "";
    apply(root);
  }

  function setUp(root) {
    var form = root.querySelector(".positions-filter");
    if (!form || root.hasAttribute("data-filters")) return;
    root.setAttribute("data-filters", "on");
    form.addEventListener("change", function () { apply(root); });
    /* Enter in the form would submit it: there is nothing to send anywhere. */
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply(root); /* the browser may have restored earlier choices (back, reload) */
  }

  /* A link to a position the filters hide (from a quote, or the article) shows the whole
     table again rather than lead nowhere. */
  function revealTarget(id) {
    var target = id && document.getElementById(id);
    var root = target && target.closest(".positions[data-filters]");
    if (!root || !target.closest("[hidden]")) return false;
    showAll(root);
    return true;
  }

  function targetId(hash) {
    try { return decodeURIComponent((hash || "").slice(1)); } catch (error) { return ""; }
  }

  function init() {
    var tables = document.querySelectorAll(".positions");
    for (var i = 0; i < tables.length; i++) setUp(tables[i]);
    var id = targetId(window.location.hash);
    if (revealTarget(id)) document.getElementById(id).scrollIntoView();
  }

  /* Revealing the table grows the page above the link just clicked. Left to the browser
     or to Material's instant navigation, the jump lands on the offset measured before
     the table grew (Material restores a recorded offset). So such a click is handled
     here alone: reveal, add the history entry, scroll, and tell hashchange listeners
     (the cited-passage highlight) as a plain link would. */
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href*='#']");
    if (!link || link.pathname !== window.location.pathname) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    var id = targetId(link.hash);
    if (!revealTarget(id)) return;
    event.preventDefault();
    event.stopPropagation();
    if (window.location.hash !== link.hash) window.history.pushState(null, "", link.hash);
    document.getElementById(id).scrollIntoView();
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  }, true);
  window.addEventListener("hashchange", function () {
    var id = targetId(window.location.hash);
    if (revealTarget(id)) document.getElementById(id).scrollIntoView();
  });
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
