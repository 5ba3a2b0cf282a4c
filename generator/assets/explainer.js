/* Explainer pages: progressive enhancements only. Every fact is in the HTML already;
   nothing here is needed to read a page. Material's document$ fires on the first load and
   after every instant navigation, so everything is (re)attached there. */
(function () {
  "use strict";
  function init() {
    document.documentElement.classList.add("explainer-js");
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
