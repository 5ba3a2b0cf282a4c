/* Explainer pages: progressive enhancements only. Every fact is in the HTML already;
   nothing here is needed to read a page. Material's document$ fires on the first load and
   after every instant navigation, so everything is (re)attached there. */
(function () {
  "use strict";

  /* The address's fragment as text. Anyone can write a link with a malformed escape
     ("#%E0%A4%A"), on which decodeURIComponent throws: that must not stop the page's
     other enhancements, so such a fragment is read as written. */
  function decodedHash() {
    var hash = window.location.hash || "";
    try { return decodeURIComponent(hash); } catch (error) { return hash; }
  }

  /* On the article page, #ev-<fact> leads to a cited passage: highlight every part of it
     (a passage may be split into several marks where passages overlap). */
  function highlightCitedPassage() {
    var current = document.querySelectorAll("mark.evidence-current");
    for (var i = 0; i < current.length; i++) current[i].classList.remove("evidence-current");
    var hash = decodedHash();
    if (hash.indexOf("#ev-") !== 0) return;
    var fact = hash.slice(4).replace(/-\d+$/, "");
    var marks = document.querySelectorAll("mark.evidence");
    for (var j = 0; j < marks.length; j++) {
      var facts = (marks[j].getAttribute("data-facts") || "").split(" ");
      if (facts.indexOf(fact) >= 0 || facts.indexOf(hash.slice(4)) >= 0) {
        marks[j].classList.add("evidence-current");
      }
    }
  }

  /* Printed pages cannot be clicked: give every link its full address to print beside it
     (print.css), including relative links, which CSS alone can only print as written. */
  function addPrintAddresses() {
    var here = window.location.href.split("#")[0];
    var links = document.querySelectorAll(".md-content a[href]");
    for (var i = 0; i < links.length; i++) {
      var address = links[i].href;
      // Empty for a link within the page: Material rewrites hrefs to full addresses, so
      // print.css cannot tell these apart by their href alone.
      links[i].setAttribute("data-print-href", address.split("#")[0] === here ? "" : address);
    }
  }

  /* The "Embed" panels: a Copy button beside the code, where the clipboard is available;
     the code stays selectable without it. */
  function enableEmbedCopy() {
    var buttons = document.querySelectorAll("button.embed-copy[data-copy]");
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      if (button.getAttribute("data-ready")) continue;
      button.setAttribute("data-ready", "1");
      button.hidden = false;
      button.addEventListener("click", copyEmbedCode);
    }
  }

  function copyEmbedCode(event) {
    var button = event.currentTarget;
    var code = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".embed-copy-status");
    function say(text) { if (status) status.textContent = text; }
    code.focus();
    code.select();
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(code.value).then(
        function () { say("Copied."); },
        function () { say("Press Ctrl+C (or ⌘C) to copy the selected code."); }
      );
    } else {
      say(document.execCommand && document.execCommand("copy")
        ? "Copied." : "Press Ctrl+C (or ⌘C) to copy the selected code.");
    }
  }

  /* On a phone Material's navigation is a drawer moved off the screen, but its links
     stay in the tab order: Tab would lead a keyboard reader into links they cannot see.
     The closed drawer is made inert; opening it (Material's checkbox) lifts that. */
  var narrow = window.matchMedia ? window.matchMedia("(max-width: 76.234375em)") : null;
  function drawerInert() {
    var toggle = document.getElementById("__drawer");
    var drawer = document.querySelector(".md-sidebar--primary");
    if (!toggle || !drawer) return;
    drawer.inert = Boolean(narrow && narrow.matches && !toggle.checked);
    if (!toggle.__explainerDrawer) {
      toggle.__explainerDrawer = true;
      toggle.addEventListener("change", drawerInert);
    }
  }
  if (narrow && narrow.addEventListener) narrow.addEventListener("change", drawerInert);

  function init() {
    document.documentElement.classList.add("explainer-js");
    drawerInert();
    highlightCitedPassage();
    addPrintAddresses();
    enableEmbedCopy();
  }

  window.addEventListener("hashchange", highlightCitedPassage);
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
