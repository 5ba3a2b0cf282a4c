/* Explainer pages: progressive enhancements only. Every fact is in the HTML already;
   nothing here is needed to read a page. Material's document$ fires on the first load and
   after every instant navigation, so everything is (re)attached there. */
(function () {
  "use strict";

  /* On the article page, #ev-<fact> leads to a cited passage: highlight every part of it
     (a passage may be split into several marks where passages overlap). */
  function highlightCitedPassage() {
    var current = document.querySelectorAll("mark.evidence-current");
    for (var i = 0; i < current.length; i++) current[i].classList.remove("evidence-current");
    var hash = decodeURIComponent(window.location.hash || "");
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

  function init() {
    document.documentElement.classList.add("explainer-js");
    highlightCitedPassage();
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
