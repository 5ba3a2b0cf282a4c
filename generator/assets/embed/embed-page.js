/* An embed tells the page around it how tall it is, whenever that changes, in the
   formats newsrooms' host pages already understand:
   - Datawrapper's: {"datawrapper-height": {"<id>": <px>}}, read by the snippet
     Datawrapper publishes and by our embed-host.js;
   - pym.js's: "pymxPYMx<childId>xPYMxheightxPYMx<px>", when a pym.Parent loaded this page
     (it passes ?childId=… in the address).
   The height is not private, so it is posted to any host ("*"); the host checks that the
   message comes from its own frame. */

/* The embed's palette, as Datawrapper's: ?theme=dark or ?theme=light in its address
   (the host page's choice) wins; otherwise it follows the reader's system setting, and
   changes with it. The embed has no palette toggle of its own (no header). */
(function () {
  "use strict";
  var asked = new URLSearchParams(window.location.search).get("theme");
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function apply() {
    var wantDark = asked === "dark" || (asked !== "light" && dark !== null && dark.matches);
    document.body.setAttribute("data-md-color-scheme", wantDark ? "slate" : "default");
  }
  apply();
  if (dark && asked !== "dark" && asked !== "light" && dark.addEventListener) {
    dark.addEventListener("change", apply);
  }
})();

(function () {
  "use strict";
  var root = document.querySelector("[data-embed-id]");
  if (!root || window.parent === window) return;
  var id = root.getAttribute("data-embed-id");
  var pymId = new URLSearchParams(window.location.search).get("childId");
  var last = -1;

  function contentHeight() {
    var box = root.getBoundingClientRect();
    var style = window.getComputedStyle(root);
    return Math.ceil(box.bottom + window.scrollY + parseFloat(style.marginBottom || "0"));
  }

  function send(force) {
    var height = contentHeight();
    if (!force && height === last) return;
    last = height;
    var sizes = {};
    sizes[id] = height;
    window.parent.postMessage({ "datawrapper-height": sizes }, "*");
    if (pymId) window.parent.postMessage("pymxPYMx" + pymId + "xPYMxheightxPYMx" + height, "*");
  }

  /* Links open beside the host page, not inside the frame (Material's instant
     navigation leaves links with a target alone). */
  function openLinksOutside() {
    var links = root.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      if (!links[i].getAttribute("target")) {
        links[i].setAttribute("target", "_blank");
        links[i].setAttribute("rel", "noopener");
      }
    }
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent) return;
    var data = event.data;
    var asked = data && typeof data === "object" && data["explainer-embed"] === "height";
    var pymWidth = pymId && typeof data === "string" &&
      data.indexOf("pymxPYMx" + pymId + "xPYMxwidthxPYMx") === 0;
    if (asked || pymWidth) send(true);
  });
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(function () { send(false); }).observe(root);
  }
  window.addEventListener("resize", function () { send(false); });
  window.addEventListener("load", function () { send(true); });
  openLinksOutside();
  send(true);
})();
