/* The host page's side of an explainer embed: sizes each <iframe data-explainer-embed>
   to the height its content reports (see embed-page.js), so that nothing is clipped on
   a phone and no space is left empty on a desktop.

   Only frames marked data-explainer-embed are touched, and only by messages that come
   from that frame's own window and from the origin of the page it was given. Loading
   this script twice does no harm. */
(function () {
  "use strict";
  if (window.__explainerEmbedHost) return;
  window.__explainerEmbedHost = true;

  function frames() {
    return document.querySelectorAll("iframe[data-explainer-embed]");
  }

  function heightIn(data) {
    if (data && typeof data === "object" && data["datawrapper-height"]) {
      var sizes = data["datawrapper-height"];
      for (var key in sizes) {
        if (Object.prototype.hasOwnProperty.call(sizes, key)) return Number(sizes[key]);
      }
    }
    if (typeof data === "string" && data.indexOf("pymxPYMx") === 0) {
      var parts = data.split("xPYMx");
      if (parts[2] === "height") return Number(parts[3]);
    }
    return NaN;
  }

  /* The origin of the page a frame was given: a message counts only if it comes from
     there. The frame's window alone is not enough, since the frame may since have been
     navigated to another site, whose page would then speak through the same window.
     An opaque origin ("null": data:, sandboxed) matches nothing. */
  function originOf(frame) {
    var origin = "";
    try {
      origin = new URL(frame.getAttribute("src") || "", document.baseURI).origin;
    } catch (error) {
      return "";
    }
    return origin === "null" ? "" : origin;
  }

  window.addEventListener("message", function (event) {
    var height = heightIn(event.data);
    if (!(height > 0 && height < 100000)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source && originOf(list[i]) === event.origin) {
        list[i].style.height = Math.ceil(height) + "px";
        list[i].setAttribute("height", String(Math.ceil(height)));
        list[i].setAttribute("scrolling", "no");
      }
    }
  });

  /* A frame that loaded before this script did has already spoken: ask it again. */
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ "explainer-embed": "height" }, "*");
  }

  function init() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      (function (frame) {
        frame.addEventListener("load", function () { ask(frame); });
        ask(frame);
      })(list[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
