/* The reader's ways into an interactive chart (charts.js draws it, then calls these;
   it fetches this file with plotly.js when the reader activates a chart, so a page
   does not load it before):

   - `staticScale`, `scaleFonts`: the plot's text at the size of the static drawing's,
     which the page scales with the column (charts.css), so activation moves nothing;
   - `showLegend`: the colour key's entries the chart draws, for the range and the view
     (counts or shares) shown;
   - `attachNights` (a series of nights) and `attachSegments` (a chart of reports): a
     tap, a click or keyboard focus (then the arrow keys, Home and End) shows a night's
     or a segment's figures and source in Plotly's label, every time, and reads them out
     (.chart-night, a polite live region).
   Only ever run on a chart the reader has made interactive. */
(function () {
  "use strict";

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  /* How much the static drawing is scaled on the page (charts.css: the SVG takes the
     column's width up to its max-width; the narrow one below a 560 px container), so
     the plot's text is the size the static drawing's was. */
  function staticScale(entry) {
    var width = entry.figure.clientWidth;
    var narrow = width < 560;
    var k = Math.min(width, narrow ? 440 : 720) / (narrow ? 328 : 560);
    return k > 0 ? k : 1;
  }

  function scaleFonts(value, k) {
    if (Math.abs(k - 1) < 0.01 || value === null || typeof value !== "object") return;
    Object.keys(value).forEach(function (key) {
      var item = value[key];
      if (/font$/.test(key) && isObject(item) && typeof item.size === "number") {
        item.size = Math.round(item.size * k * 10) / 10;
      } else {
        scaleFonts(item, k);
      }
    });
  }

  /* The colour key's entries the chart draws: those of the range shown (the page has
     those of the nights it opens on); an entry the view (shares) does not draw keeps
     its place, unseen, so the chart does not move under the reader's switch. */
  function showLegend(figure, entry) {
    var span = (entry.spec.ranges || {})[entry.range];
    var view = (entry.spec.views || {})[entry.view];
    var unkeyed = (view && view.unkeyed) || [];
    figure.querySelectorAll(".chart-legend li[data-legend]").forEach(function (item) {
      var key = item.getAttribute("data-legend");
      if (span) item.hidden = span.legend.indexOf(key) < 0;
      item.classList.toggle("chart-legend-unkeyed", unkeyed.indexOf(key) >= 0);
      if (unkeyed.indexOf(key) >= 0) item.setAttribute("aria-hidden", "true");
      else item.removeAttribute("aria-hidden");
    });
  }

  /* Nights chosen by tap, click or keyboard: Plotly's label for the night, shown by
     Plotly.Fx.hover (a tap alone does not always leave it up), and its sentence read
     out. */
  function showNight(figure, entry, index) {
    var nights = entry.spec.nights;
    if (index < 0 || index >= nights.x.length) return;
    entry.night = index;
    var ms = new Date(nights.x[index] + "T00:00:00Z").getTime();
    window.Plotly.Fx.hover(entry.element, {xval: ms});
    var said = figure.querySelector(".chart-night");
    if (said) said.textContent = nights.words[index];
  }

  /* The nights inside the plot's x range (the range shown), first and last index. */
  function shownNights(entry) {
    var range = entry.element._fullLayout.xaxis.range, x = entry.spec.nights.x;
    var first = -1, last = -1;
    x.forEach(function (day, i) {
      var middle = day + " 00:00:00";
      if (middle >= range[0] && middle <= range[1]) { if (first < 0) first = i; last = i; }
    });
    return [first, last];
  }

  function attachNights(figure, entry) {
    var plot = entry.element;
    plot.tabIndex = 0;
    /* The night under a tap or click, from the axis itself: Plotly's own click event
       is dropped when two taps come close together (it takes them for a double click). */
    plot.addEventListener("click", function (event) {
      var axis = plot._fullLayout && plot._fullLayout.xaxis;
      if (!axis || event.target.closest("a")) return;
      var left = event.clientX - plot.getBoundingClientRect().left - axis._offset;
      if (left < 0 || left > axis._length) return;
      var first = new Date(entry.spec.nights.x[0] + "T00:00:00Z").getTime();
      showNight(figure, entry, Math.round((axis.p2c(left) - first) / 86400000));
    });
    plot.addEventListener("focus", function () {
      var shown = shownNights(entry);
      if (entry.night < shown[0] || entry.night > shown[1]) entry.night = shown[1];
      showNight(figure, entry, entry.night);
    });
    plot.addEventListener("blur", function () { window.Plotly.Fx.unhover(plot); });
    plot.addEventListener("keydown", function (event) {
      var shown = shownNights(entry), next = entry.night;
      if (event.key === "ArrowLeft") next = Math.max(shown[0], next - 1);
      else if (event.key === "ArrowRight") next = Math.min(shown[1], next + 1);
      else if (event.key === "Home") next = shown[0];
      else if (event.key === "End") next = shown[1];
      else return;
      event.preventDefault();
      showNight(figure, entry, next);
    });
  }

  /* A chart of reports from the keyboard: the plot takes focus and the arrow keys (Home,
     End) go through its segments, each showing Plotly's label (its figures and source)
     and reading it out. */
  function labelWords(html) {
    return String(html).replace(/<br>/g, ". ").replace(/<[^>]*>/g, "")
      .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }

  function attachSegments(figure, entry) {
    var plot = entry.element, at = 0;
    var segments = [];
    entry.spec.data.forEach(function (trace, curve) {
      (trace.hovertext || []).forEach(function (words, point) {
        var value = (trace.orientation === "h" ? trace.x : trace.y) || [];
        if (value[point] !== null && value[point] !== undefined) {
          segments.push({curveNumber: curve, pointNumber: point, words: words});
        }
      });
    });
    segments.sort(function (a, b) {
      return a.pointNumber - b.pointNumber || a.curveNumber - b.curveNumber;
    });
    if (!segments.length) return;
    function show(index) {
      at = Math.max(0, Math.min(segments.length - 1, index));
      var segment = segments[at];
      window.Plotly.Fx.hover(plot, [{curveNumber: segment.curveNumber,
                                     pointNumber: segment.pointNumber}]);
      var said = figure.querySelector(".chart-night");
      if (said) said.textContent = labelWords(segment.words);
    }
    plot.tabIndex = 0;
    /* The segment whose label Plotly shows, after a tap, a click or the mouse, is read
       out too: Plotly's own events miss taps (a tap's hover sends none, and its click
       is dropped when two taps come close together), so its label is watched. */
    var layer = plot.querySelector(".hoverlayer");
    if (layer && window.MutationObserver) {
      new MutationObserver(function () {
        var point = (plot._hoverdata || [])[0];
        var said = figure.querySelector(".chart-night");
        if (!point || !layer.childNodes.length) return;
        segments.forEach(function (segment, index) {
          if (segment.curveNumber === point.curveNumber &&
              segment.pointNumber === point.pointNumber) {
            at = index;
            if (said && said.textContent !== labelWords(segment.words)) {
              said.textContent = labelWords(segment.words);
            }
          }
        });
      }).observe(layer, {childList: true});
    }
    plot.addEventListener("focus", function () { show(at); });
    plot.addEventListener("blur", function () { window.Plotly.Fx.unhover(plot); });
    plot.addEventListener("keydown", function (event) {
      var keys = {ArrowLeft: at - 1, ArrowUp: at - 1, ArrowRight: at + 1, ArrowDown: at + 1,
                  Home: 0, End: segments.length - 1};
      if (!(event.key in keys)) return;
      event.preventDefault();
      show(keys[event.key]);
    });
  }

  window.chartReading = {
    staticScale: staticScale,
    scaleFonts: scaleFonts,
    showLegend: showLegend,
    attachNights: attachNights,
    attachSegments: attachSegments
  };
})();
