/* Charts: the static SVG is the chart; this makes it interactive when the reader reaches
   for it (tap, click or keyboard), never before. Only then are the
   plotly.js bundle (served by the site, assets/explainer/vendor/) and the chart's
   figure (data/<id>.plotly.json) fetched: loading plotly with the page would block a
   phone's main thread for most of a second.

   - Material's document$ fires on the first load and after every instant navigation:
     charts are (re)attached there, and plots of pages left behind are purged.
   - The palette toggle writes data-md-color-scheme on <body>: a MutationObserver redraws
     every plot with the palette's colours (Plotly.react; the SVG follows by CSS alone).
   - A ResizeObserver resizes a plot with its container, also when it was drawn hidden,
     and switches to the figure's wider layout when the plot has room for it.
   - A range control (form[data-chart-range], the tracker's) names the charts it sets:
     choosing a range makes them interactive, shows that range of nights (the figure's
     `ranges`, kept through palette and width changes) and fills each chart's table with
     those nights' rows (the figure's `table`), with text nodes only.
   - The plot keeps the static drawing's height and type size, so activating a chart
     moves nothing on the page; one colour key (the list under the title) serves both
     drawings; a tap, a click or keyboard focus shows a night's or a segment's figures
     and source (reading/chart-reading.js, fetched with plotly.js on activation).
   - A chart with shares has a switch between counts and shares (buttons with
     aria-pressed): the figure's `views.shares` patch (`per` width and palette for a
     chart of reports), kept through ranges and palettes.
   Nothing here is needed to read a chart: the SVG, its caption and its table say it all. */
(function () {
  "use strict";

  var scripts = {};  /* absolute URL of a script -> Promise, so a bundle loads once */
  var plots = [];    /* {element, spec, observer} of drawn plots, pruned on navigation */

  /* A script once (plotly.js, chart-reading.js); resolves to the global it defines. */
  function loadScript(url, name) {
    var absolute = new URL(url, document.baseURI).href;
    if (window[name]) return Promise.resolve(window[name]);
    if (!scripts[absolute]) {
      scripts[absolute] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = absolute;
        script.async = true;
        script.onload = function () { resolve(window[name]); };
        script.onerror = function () {
          delete scripts[absolute];
          script.remove();
          reject(new Error("could not load " + absolute));
        };
        document.head.appendChild(script);
      });
    }
    return scripts[absolute];
  }

  function scheme() {
    return document.body.getAttribute("data-md-color-scheme") === "slate" ? "slate" : "default";
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  /* The inverse of generator/charts/plotly_spec.py `difference`: objects key by key, lists
     of objects item by item, anything else replaced. Returns a new value. */
  function merge(base, patch) {
    if (Array.isArray(patch)) {
      if (Array.isArray(base) && base.length === patch.length && patch.every(isObject)) {
        return base.map(function (item, i) { return merge(item, patch[i]); });
      }
      return JSON.parse(JSON.stringify(patch));
    }
    if (isObject(patch) && isObject(base)) {
      var result = {};
      Object.keys(base).forEach(function (key) { result[key] = base[key]; });
      Object.keys(patch).forEach(function (key) { result[key] = merge(base[key], patch[key]); });
      return result;
    }
    return isObject(patch) ? JSON.parse(JSON.stringify(patch)) : patch;
  }

  /* The figure has a phone's layout; `widths` patch it for wider plots (labels wrapped
     to the room they have), `themes` (of the figure, or of the width) for the dark
     palette. */
  function widthVariant(entry) {
    var width = entry.element.clientWidth, chosen = null;
    (entry.spec.widths || []).forEach(function (variant) {
      if (width >= variant.min) chosen = variant;
    });
    return chosen;
  }

  function draw(entry) {
    var variant = widthVariant(entry);
    var figure = {data: entry.spec.data, layout: entry.spec.layout};
    var themes = entry.spec.themes || {};
    if (variant) {
      figure = merge(figure, variant.patch);
      themes = variant.themes || {};
    }
    figure = merge(figure, themes[scheme()] || {});
    if (entry.height) figure = merge(figure, {layout: {height: entry.height}});
    entry.variant = variant ? variant.name : "";
    var span = entry.range && (entry.spec.ranges || {})[entry.range];
    if (span) {
      var layouts = span.layouts || {};
      figure = merge(figure, {layout: layouts[entry.variant || "narrow"] || {}});
    }
    var view = entry.view && (entry.spec.views || {})[entry.view];
    if (view && view.per) {  /* a patch for each width and palette */
      figure = merge(figure, (view.per[entry.variant || "narrow"] || {})[scheme()] || {});
    } else if (view) {
      figure = merge(figure, {data: view.data, layout: view.layout});
    }
    var reading = window.chartReading;
    var k = reading.staticScale(entry);
    reading.scaleFonts(figure.layout, k);
    reading.scaleFonts(figure.data, k);
    if (figure.layout.uniformtext && Math.abs(k - 1) >= 0.01) {
      figure.layout.uniformtext.minsize = Math.round(figure.layout.uniformtext.minsize * k);
    }
    return window.Plotly.react(entry.element, figure.data, figure.layout, entry.spec.config);
  }

  function resize(entry) {
    if (!entry.element.isConnected || !entry.element.offsetWidth) return;
    var variant = widthVariant(entry);
    if ((variant ? variant.name : "") !== entry.variant) draw(entry);
    else window.Plotly.Plots.resize(entry.element);
  }

  function setStatus(figure, text) {
    var status = figure.querySelector(".chart-status");
    if (status) status.textContent = text;
  }

  function activate(figure) {
    if (figure.__chartActivation) return figure.__chartActivation;
    var plot = figure.querySelector(".chart-plot");
    var staticChart = figure.querySelector(".chart-static");
    setStatus(figure, "Loading the interactive chart…");
    var spec = fetch(new URL(figure.getAttribute("data-spec"), document.baseURI).href)
      .then(function (response) {
        if (!response.ok) throw new Error("chart figure: HTTP " + response.status);
        return response.json();
      });
    figure.__chartActivation = Promise.all([loadScript(figure.getAttribute("data-plotly"), "Plotly"),
                                            spec,
                                            loadScript(figure.getAttribute("data-reading"),
                                                       "chartReading")])
      .then(function (loaded) {
        var entry = {element: plot, spec: loaded[1], observer: null, variant: "", range: "",
                     height: staticChart.getBoundingClientRect().height, figure: figure, view: figure.__chartView || "",
                     night: -1};
        /* Swapped in one go (Plotly draws synchronously and needs a visible, sized box),
           at the static drawing's height: the page below does not move. */
        plot.style.height = entry.height + "px";
        plot.hidden = false;
        staticChart.hidden = true;
        return draw(entry).then(function () {
          var button = figure.querySelector(".chart-activate");
          /* (a keyboard's focus only: a click also focuses a button) */
          var focused = document.activeElement === button && button.matches(":focus-visible");
          button.hidden = true;
          figure.setAttribute("data-chart-state", "interactive");
          setStatus(figure, entry.spec.nights ?
            "Hover over, tap or focus a night for its figures." :
            "Hover over, tap or focus a bar for its figures.");
          if (entry.spec.nights) window.chartReading.attachNights(figure, entry);
          else window.chartReading.attachSegments(figure, entry);
          /* the button is gone: its keyboard user goes on in the chart it opened */
          if (focused) plot.focus();
          if (window.ResizeObserver) {
            entry.observer = new ResizeObserver(function () { resize(entry); });
            entry.observer.observe(plot);
          }
          plots.push(entry);
          return entry;
        });
      })
      .catch(function () {
        figure.__chartActivation = null;
        plot.hidden = true;
        staticChart.hidden = false;
        setStatus(figure, "The interactive chart could not be loaded; the chart above " +
                          "shows the same figures.");
        var status = figure.querySelector(".chart-status");
        if (status) status.classList.add("chart-status-error");
        return null;
      });
    return figure.__chartActivation;
  }

  /* Counts or shares: the chart made interactive, drawn with the chosen view. */
  function chooseView(figure, view) {
    figure.__chartView = view;
    figure.querySelectorAll(".chart-view button").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-view") === view));
    });
    return activate(figure).then(function (entry) {
      if (!entry || figure.__chartView !== view) return;
      entry.view = view;
      window.chartReading.showLegend(figure, entry);
      return Promise.resolve(draw(entry)).then(function () {
        setStatus(figure, view ? "Showing each part as a share of what was launched." :
                                 "Showing the numbers launched, shot down and suppressed.");
      });
    });
  }

  /* One row of a chart's table, as generator/charts/table.py `TableRow` writes it. */
  function tableRow(row) {
    var tr = document.createElement("tr");
    tr.setAttribute("data-bar", row.key);
    var th = document.createElement("th");
    th.setAttribute("scope", "row");
    th.textContent = row.header;
    if (row.mark) {
      var link = document.createElement("a");
      link.className = "chart-mark-link";
      link.setAttribute("href", row.mark.href);
      link.textContent = row.mark.label;
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = ": " + row.mark.title;
      link.appendChild(hidden);
      th.appendChild(document.createTextNode(" "));
      th.appendChild(link);
    }
    tr.appendChild(th);
    if (row.note) {  /* [words, columns spanned] */
      var note = document.createElement("td");
      note.setAttribute("data-status", "none");
      note.colSpan = row.note[1];
      note.textContent = row.note[0];
      tr.appendChild(note);
    }
    row.cells.forEach(function (cell) {
      var td = document.createElement("td");
      td.setAttribute("data-status", cell[1]);
      td.textContent = cell[0];
      tr.appendChild(td);
    });
    return tr;
  }

  function fillTable(figure, entry) {
    var span = (entry.spec.ranges || {})[entry.range];
    var body = figure.querySelector("table.chart-figures tbody");
    if (!span || !entry.spec.table || !body) return;
    var rows = document.createDocumentFragment();
    entry.spec.table.forEach(function (row) {
      if (row.key >= span.first && row.key <= span.last) rows.appendChild(tableRow(row));
    });
    body.replaceChildren(rows);
    figure.querySelector("table.chart-figures caption").textContent = span.caption;
  }

  /* The chart made interactive, showing the range of nights `key` (a key of `ranges`). */
  function showRange(figure, key) {
    return activate(figure).then(function (entry) {
      if (!entry || !(entry.spec.ranges || {})[key]) return null;
      entry.range = key;
      fillTable(figure, entry);
      window.chartReading.showLegend(figure, entry);
      return Promise.resolve(draw(entry)).then(function () { return entry; });
    });
  }

  function attachRange(form) {
    if (form.__rangeAttached) return;
    form.__rangeAttached = true;
    var ids = (form.getAttribute("data-chart-range") || "").split(/\s+/);
    var status = form.querySelector(".chart-range-status");
    var select = form.querySelector("select");
    var radios = form.querySelectorAll("input[type=radio]");
    var latest = 0;
    function choose(key) {
      var request = ++latest;
      status.textContent = "Loading the interactive charts…";
      var figures = ids.map(function (id) { return document.getElementById(id); })
        .filter(function (figure) { return figure && figure.matches("figure.chart[data-spec]"); });
      Promise.all(figures.map(function (figure) { return showRange(figure, key); }))
        .then(function (entries) {
          if (request !== latest) return;  /* the reader has chosen again since */
          var shown = entries.filter(Boolean)[0];
          status.textContent = shown ? shown.spec.ranges[key].status :
            "The interactive charts could not be loaded; the charts show the latest nights.";
        });
    }
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (target.type === "radio" && target.checked) {
        if (select) select.value = "";
        choose(target.value);
      } else if (target === select) {
        if (!select.value) {
          radios[0].checked = true;
          choose(radios[0].value);
          return;
        }
        Array.prototype.forEach.call(radios, function (radio) { radio.checked = false; });
        choose(select.value);
      }
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
  }

  function attach(figure) {
    if (figure.__chartAttached) return;
    figure.__chartAttached = true;
    var go = function () { activate(figure); };
    var staticChart = figure.querySelector(".chart-static");
    var button = figure.querySelector(".chart-activate");
    figure.querySelector(".chart-actions").hidden = false;
    button.addEventListener("click", go);
    figure.querySelectorAll(".chart-view button").forEach(function (choice) {
      choice.addEventListener("click", function () {
        chooseView(figure, choice.getAttribute("data-view"));
      });
    });
    /* A click or a tap is a reader reaching for the chart; a mouse merely passing over
       it is not (the chart would change under a reader scrolling past). */
    staticChart.addEventListener("click", go);
  }

  function prune() {
    plots = plots.filter(function (entry) {
      if (entry.element.isConnected) return true;
      if (entry.observer) entry.observer.disconnect();
      window.Plotly.purge(entry.element);
      return false;
    });
  }

  function init() {
    prune();
    var figures = document.querySelectorAll("figure.chart[data-spec]");
    for (var i = 0; i < figures.length; i++) attach(figures[i]);
    var ranges = document.querySelectorAll("form[data-chart-range]");
    for (var j = 0; j < ranges.length; j++) attachRange(ranges[j]);
  }

  new MutationObserver(function () {
    plots.forEach(function (entry) { if (entry.element.isConnected) draw(entry); });
  }).observe(document.body, {attributes: true, attributeFilter: ["data-md-color-scheme"]});

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
