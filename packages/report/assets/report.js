// The report page: reads the JSON data block and builds the tables and the
// uPlot charts. Every text from the data goes through textContent (never
// innerHTML), with control and bidi-override characters shown as [U+XXXX].
/* global uPlot */
(() => {
  const data = JSON.parse(document.getElementById("aiperf-report-data").textContent);
  const app = document.getElementById("app");
  // ready: the first screen is drawn; complete: every chart of the open sections is.
  const state = { charts: [], ready: false, complete: false };
  window.aiperfReport = state;

  const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"];
  const MARK_COLORS = { p50: "#2f8f4e", p90: "#d97706", p99: "#c2410c" };
  const FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'Liberation Sans', sans-serif";
  const AXIS = {
    stroke: "#4b5563",
    font: FONT,
    labelFont: FONT,
    grid: { stroke: "#e5e7eb", width: 1 },
    ticks: { stroke: "#d1d5db", width: 1, size: 4 },
  };
  const HEIGHT = 230;

  // --- text -------------------------------------------------------------------------------------

  // C0/C1 controls, and the marks that reorder text (bidi embeddings, overrides, isolates).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  function visible(value) {
    return String(value).replace(
      INVISIBLE,
      (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`,
    );
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = visible(text);
    return e;
  }

  function append(parent, ...children) {
    for (const c of children) if (c) parent.appendChild(c);
    return parent;
  }

  function fmt(v) {
    if (v === null || v === undefined || Number.isNaN(v)) return "–";
    const a = Math.abs(v);
    const digits = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : a === 0 ? 0 : 3;
    return v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  }

  // --- charts -----------------------------------------------------------------------------------

  function widthOf(container) {
    return Math.max(240, Math.floor(container.clientWidth));
  }

  /** Laid out and not inside a closed <details> (whose content may still report a width). */
  function shown(container) {
    return container.isConnected && container.clientWidth > 0 && container.closest("details:not([open])") === null;
  }

  /** Registers a chart: drawn when its container is shown, those on screen first (drawOnScreen, then drawRest). */
  function chart(container, build, group) {
    const entry = { container, build, group, u: null };
    state.charts.push(entry);
    return entry;
  }

  function onScreen(container) {
    const r = container.getBoundingClientRect();
    return r.top < window.innerHeight + 200 && r.bottom > -200;
  }

  function drawOnScreen() {
    for (const entry of state.charts)
      if (entry.u === null && shown(entry.container) && onScreen(entry.container)) draw(entry);
  }

  /** The other shown charts, one per task so that the page stays responsive; then the page is `complete`. */
  function drawRest() {
    const next = state.charts.find((e) => e.u === null && shown(e.container));
    if (next === undefined) {
      state.complete = true;
      document.documentElement.dataset.complete = "true";
      return;
    }
    draw(next);
    setTimeout(drawRest, 0);
  }

  function draw(entry) {
    if (entry.u !== null) return;
    const opts = entry.build(widthOf(entry.container));
    entry.u = new uPlot(opts.opts, opts.data, entry.container);
    entry.container.dataset.drawn = "true";
  }

  function drawPending() {
    for (const entry of state.charts) if (entry.u === null && shown(entry.container)) draw(entry);
  }

  let resizeTimer = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      for (const e of state.charts) {
        if (e.u !== null && shown(e.container)) e.u.setSize({ width: widthOf(e.container), height: e.u.height });
      }
      drawPending();
    }, 100);
  });

  /** Zoom on one time chart zooms the run's other time charts; a legend toggle in a runs chart toggles the run everywhere. */
  const syncing = new Set();
  function groupHooks(group) {
    return {
      setScale: [
        (u, key) => {
          if (key !== "x" || !group || syncing.has(group)) return;
          syncing.add(group);
          const { min, max } = u.scales.x;
          for (const e of state.charts)
            if (e.group === group && e.u !== null && e.u !== u) e.u.setScale("x", { min, max });
          syncing.delete(group);
        },
      ],
    };
  }

  function runToggleHook(u, i, opts) {
    if (opts.show === undefined || syncing.has("runs")) return;
    syncing.add("runs");
    for (const e of state.charts) {
      if (e.group !== "runs" || e.u === null || e.u === u) continue;
      const s = e.u.series[i];
      if (s && s.runIndex !== undefined && s.show !== opts.show) e.u.setSeries(i, { show: opts.show });
    }
    syncing.delete("runs");
  }

  /** Vertical dashed lines at the exact percentiles of the summary. */
  function markHook(marks) {
    return (u) => {
      const { ctx, bbox } = u;
      const px = window.devicePixelRatio || 1;
      ctx.save();
      ctx.font = `${11 * px}px system-ui, sans-serif`;
      ctx.textBaseline = "top";
      marks.forEach((m, k) => {
        const x = Math.round(u.valToPos(m.value, "x", true));
        if (x < bbox.left - 1 || x > bbox.left + bbox.width + 1) return;
        const color = MARK_COLORS[m.label] || "#6b7280";
        ctx.strokeStyle = color;
        ctx.fillStyle = color;
        ctx.lineWidth = 1.5 * px;
        ctx.setLineDash([5 * px, 4 * px]);
        ctx.beginPath();
        ctx.moveTo(x, bbox.top);
        ctx.lineTo(x, bbox.top + bbox.height);
        ctx.stroke();
        const label = m.label;
        const w = ctx.measureText(label).width;
        const left = x + 3 * px + w > bbox.left + bbox.width ? x - 3 * px - w : x + 3 * px;
        ctx.fillText(label, left, bbox.top + (2 + 13 * k) * px);
      });
      ctx.restore();
    };
  }

  function axes(xLabel, yLabel, extra) {
    const out = [
      { ...AXIS, label: xLabel, labelSize: 18, size: 36 },
      { ...AXIS, label: yLabel, labelSize: 18, size: 58 },
    ];
    if (extra) out.push(extra);
    return out;
  }

  function histogramChart(container, d, color) {
    const h = d.data.histogram;
    const n = h.counts.length;
    const x = h.counts.map((_, i) => h.start + (i + 0.5) * h.width);
    return chart(container, (width) => ({
      data: [x, h.counts],
      opts: {
        width,
        height: HEIGHT,
        scales: {
          // Whole bins when showing everything; the dragged range when zoomed.
          x: {
            time: false,
            range: (_u, lo, hi) => (lo <= x[0] && hi >= x[n - 1] ? [h.start, h.start + n * h.width] : [lo, hi]),
          },
          y: FROM_ZERO,
        },
        axes: axes(`${visible(d.title)} (${visible(d.unit)})`, "requests"),
        series: [
          {
            label: visible(d.unit),
            value: (_u, v) => (v === null ? "–" : `${fmt(v - h.width / 2)} – ${fmt(v + h.width / 2)}`),
          },
          {
            label: "requests",
            stroke: color,
            fill: `${color}b3`,
            width: 1,
            paths: uPlot.paths.bars({ size: [0.9, Number.POSITIVE_INFINITY], gap: 1 }),
            points: { show: false },
            value: (_u, v) => fmt(v),
          },
        ],
        cursor: { drag: { x: true, y: false }, points: { show: false } },
        hooks: { draw: [markHook(d.marks)] },
      },
    }));
  }

  function cdfChart(container, d, color) {
    const { x, p } = d.data.cdf;
    return chart(container, (width) => ({
      data: [x, p.map((v) => v * 100)],
      opts: {
        width,
        height: HEIGHT,
        scales: { x: { time: false }, y: { range: [0, 100] } },
        axes: axes(`${visible(d.title)} (${visible(d.unit)})`, "% of requests ≤ x"),
        series: [
          { label: visible(d.unit), value: (_u, v) => fmt(v) },
          {
            label: "CDF",
            stroke: color,
            width: 2,
            points: { show: false },
            value: (_u, v) => (v === null ? "–" : `${v.toFixed(1)}%`),
          },
        ],
        cursor: { drag: { x: true, y: false } },
        hooks: { draw: [markHook(d.marks)] },
      },
    }));
  }

  /** y from 0 to a little above the largest value. */
  const FROM_ZERO = { range: (_u, _lo, hi) => [0, Math.max(1, hi * 1.1)] };

  /** A line that holds each slice's value until the next slice. */
  function stepSeries(label, color, scale, fill) {
    return {
      label,
      stroke: color,
      width: 2,
      scale,
      paths: uPlot.paths.stepped({ align: 1 }),
      points: { show: false },
      value: (_u, v) => fmt(v),
      ...(fill ? { fill } : {}),
    };
  }

  /** Slice starts plus the end of the last slice, values repeated, for step lines. */
  function steps(tl, values) {
    const t = tl.t.concat(tl.t.length > 0 ? [tl.t[tl.t.length - 1] + tl.sliceSeconds] : []);
    return [t, values.concat(values.length > 0 ? [values[values.length - 1]] : [])];
  }

  const TIME_AXIS = "seconds since the first request";

  /** The run's whole span on every time chart (so they line up); the dragged range when zoomed. */
  function timeRange(tl) {
    const start = Math.min(0, tl.t[0] ?? 0);
    const end = Math.max(tl.durationSeconds, (tl.t[tl.t.length - 1] ?? 0) + tl.sliceSeconds);
    return (u, lo, hi) => {
      const xs = u.data[0];
      return lo <= xs[0] && hi >= xs[xs.length - 1] ? [start, end] : [lo, hi];
    };
  }

  function timeOpts(width, group, yLabel, series, extra) {
    return {
      width,
      height: HEIGHT,
      scales: { x: { time: false, range: extra.range }, ...(extra.scales || {}) },
      axes: axes(TIME_AXIS, yLabel, extra.axis),
      series: [{ label: "t (s)", value: (_u, v) => fmt(v) }, ...series],
      cursor: { drag: { x: true, y: false }, sync: { key: group } },
      hooks: groupHooks(group),
    };
  }

  function latencyChart(container, tl, group) {
    const half = tl.sliceSeconds / 2;
    const joined = uPlot.join([
      [tl.scatter.t, tl.scatter.latency],
      [tl.t.map((t) => t + half), tl.latencyMax],
    ]);
    return chart(
      container,
      (width) => ({
        data: joined,
        opts: timeOpts(
          width,
          group,
          "request latency (ms)",
          [
            {
              label: "request",
              stroke: PALETTE[0],
              fill: `${PALETTE[0]}99`,
              paths: () => null,
              points: { show: true, size: 4, width: 0, fill: `${PALETTE[0]}8c`, stroke: `${PALETTE[0]}8c` },
              value: (_u, v) => fmt(v),
            },
            {
              label: "max per slice",
              stroke: PALETTE[2],
              width: 1.5,
              spanGaps: true,
              points: { show: false },
              value: (_u, v) => fmt(v),
            },
          ],
          { range: timeRange(tl) },
        ),
      }),
      group,
    );
  }

  function throughputChart(container, tl, group) {
    const [t, req] = steps(tl, tl.requestThroughput);
    const series = [stepSeries("requests/s", PALETTE[0], "y")];
    const cols = [t, req];
    const extra = { range: timeRange(tl) };
    if (tl.tokenThroughput !== null) {
      cols.push(steps(tl, tl.tokenThroughput)[1]);
      series.push(stepSeries("output tokens/s", PALETTE[1], "tok"));
      Object.assign(extra, {
        scales: { tok: FROM_ZERO },
        axis: {
          ...AXIS,
          scale: "tok",
          side: 1,
          label: "output tokens/s",
          labelSize: 18,
          size: 64,
          grid: { show: false },
        },
      });
    }
    return chart(
      container,
      (width) => {
        const opts = timeOpts(width, group, "requests/s", series, extra);
        opts.scales.y = FROM_ZERO;
        return { data: cols, opts };
      },
      group,
    );
  }

  function inFlightChart(container, tl, group) {
    return chart(
      container,
      (width) => {
        const opts = timeOpts(
          width,
          group,
          "requests in flight",
          [stepSeries("in flight (mean)", PALETTE[3], "y", `${PALETTE[3]}40`)],
          { range: timeRange(tl) },
        );
        opts.scales.y = FROM_ZERO;
        return { data: steps(tl, tl.inFlight), opts };
      },
      group,
    );
  }

  function errorsChart(container, tl, group) {
    const half = tl.sliceSeconds / 2;
    return chart(
      container,
      (width) => {
        const opts = timeOpts(
          width,
          group,
          "errors per slice",
          [
            {
              label: "errors",
              stroke: PALETTE[2],
              fill: `${PALETTE[2]}b3`,
              paths: uPlot.paths.bars({ size: [0.9, Number.POSITIVE_INFINITY], gap: 1 }),
              points: { show: false },
              value: (_u, v) => fmt(v),
            },
          ],
          { range: timeRange(tl) },
        );
        opts.scales.y = FROM_ZERO;
        return { data: [tl.t.map((t) => t + half), tl.errors], opts };
      },
      group,
    );
  }

  // --- sections ---------------------------------------------------------------------------------

  function card(title, ...children) {
    const c = el("div", "card");
    if (title) c.appendChild(el("h3", null, title));
    return append(c, ...children);
  }

  function table(className, columns, rows, textColumns) {
    const t = el("table", `grid ${className}`);
    const head = el("tr");
    columns.forEach((c, i) => {
      head.appendChild(el("th", textColumns?.includes(i) ? "text" : null, c));
    });
    append(t, append(el("thead"), head));
    const body = el("tbody");
    for (const row of rows) {
      const tr = el("tr");
      row.forEach((cell, i) => {
        tr.appendChild(el("td", textColumns?.includes(i) ? "text data" : "data", cell));
      });
      body.appendChild(tr);
    }
    t.appendChild(body);
    return append(el("div", "scroll"), t);
  }

  function facts(run) {
    const dl = el("dl", "facts");
    for (const f of run.facts) append(dl, append(el("div"), el("dt", null, f.label), el("dd", "data", f.value)));
    const c = card(null, dl);
    if (run.command) c.appendChild(el("pre", "command data", run.command));
    if (run.notes.length > 0) {
      const ul = el("ul", "notes");
      for (const n of run.notes) ul.appendChild(el("li", "data", n));
      c.appendChild(ul);
    }
    return c;
  }

  function marksLine(marks) {
    const p = el("div", "marks");
    if (marks.length === 0) return p;
    p.appendChild(el("span", null, "Exact percentiles from the summary: "));
    marks.forEach((m, i) => {
      if (i > 0) p.appendChild(el("span", null, " · "));
      const b = el("b", null, m.label);
      b.style.color = MARK_COLORS[m.label] || "";
      append(p, b, el("span", "data", ` ${fmt(m.value)}`));
    });
    return p;
  }

  function runBody(run, index) {
    const body = el("div", "run-body");
    body.id = run.id;
    const color = PALETTE[index % PALETTE.length];
    body.appendChild(facts(run));

    body.appendChild(el("h2", null, "Headline metrics"));
    const hl = run.headline;
    if (hl.rows.length > 0) {
      const t = table(
        "headline",
        hl.columns,
        hl.rows.map((r) => [r.metric, ...r.cells]),
        [],
      );
      body.appendChild(card(null, t));
    } else body.appendChild(card(null, el("p", "empty", "No metric could be computed (no valid record).")));

    body.appendChild(el("h2", null, "Distributions"));
    if (run.distributions.length === 0) body.appendChild(card(null, el("p", "empty", "No valid record to chart.")));
    const dists = el("div", "charts");
    for (const d of run.distributions) {
      const hist = el("div", "chart");
      const cdf = el("div", "chart");
      hist.dataset.chart = `histogram:${d.key}`;
      cdf.dataset.chart = `cdf:${d.key}`;
      const c = card(`${d.title} (${d.unit})`, append(el("div", "pair"), hist, cdf), marksLine(d.marks));
      c.classList.add("wide");
      dists.appendChild(c);
      histogramChart(hist, d, color);
      cdfChart(cdf, d, color);
    }
    body.appendChild(dists);
    return body;
  }

  function timeSection(run, parent) {
    parent.appendChild(el("h2", null, "Over time"));
    const tl = run.timeline;
    if (tl === null) {
      parent.appendChild(card(null, el("p", "empty", "The records carry no timestamps: no chart over time.")));
      return;
    }
    const group = `time-${run.id}`;
    const grid = el("div", "charts");
    const slot = (title, key, note) => {
      const div = el("div", "chart");
      div.dataset.chart = key;
      const c = card(title, div);
      if (note) c.appendChild(el("div", "marks", note));
      grid.appendChild(c);
      return div;
    };
    const sampled =
      tl.scatter.sampled < tl.scatter.of
        ? `${fmt(tl.scatter.sampled)} of ${fmt(tl.scatter.of)} requests drawn (uniform sample); the line is each slice's largest latency.`
        : "Every request; the line is each slice's largest latency.";
    const sliceNote = `Slices of ${fmt(tl.sliceSeconds)} s. Drag to zoom (all time charts follow), double-click to reset.`;
    const lat = slot("Request latency by completion time", "latency-scatter", sampled);
    const thr = slot("Throughput per slice", "throughput", sliceNote);
    const inf = slot(
      "Requests in flight",
      "in-flight",
      `Time-weighted mean per slice; run mean ${fmt(tl.meanInFlight)}.`,
    );
    const hasErrors = tl.errors.some((e) => e > 0);
    const err = hasErrors
      ? slot("Errors over time", "errors", "Error records per slice, at their end (or start) time.")
      : null;
    parent.appendChild(grid);
    latencyChart(lat, tl, group);
    throughputChart(thr, tl, group);
    inFlightChart(inf, tl, group);
    if (err) errorsChart(err, tl, group);
    else grid.appendChild(card("Errors over time", el("p", "empty", "No error records.")));
  }

  function errorSection(run, parent) {
    parent.appendChild(el("h2", null, "Errors"));
    if (run.errors.length === 0) {
      parent.appendChild(card(null, el("p", "empty", "No errors.")));
      return;
    }
    const rows = run.errors.map((e) => [e.code, e.type, e.message, e.count]);
    const t = table("errors", ["Code", "Type", "Message", "Count"], rows, [1, 2]);
    parent.appendChild(card(null, t));
  }

  function renderRun(run, index, parent) {
    // Charts are drawn once their containers are laid out.
    const body = runBody(run, index);
    parent.appendChild(body);
    timeSection(run, body);
    errorSection(run, body);
  }

  // --- several runs -----------------------------------------------------------------------------

  function overlaidCdfs(parent) {
    const keys = [];
    for (const run of data.runs) for (const d of run.distributions) if (!keys.includes(d.key)) keys.push(d.key);
    if (keys.length === 0) return;
    parent.appendChild(el("h2", null, "Distributions compared"));
    const grid = el("div", "charts");
    parent.appendChild(grid);
    for (const key of keys) {
      const per = data.runs.map((run) => run.distributions.find((d) => d.key === key) || null);
      const first = per.find((d) => d !== null);
      const div = el("div", "chart");
      div.dataset.chart = `cdf-overlay:${key}`;
      grid.appendChild(card(`${first.title} (${first.unit}): CDF per run`, div));
      const tables = per.map((d) => (d === null ? [[], []] : [d.data.cdf.x, d.data.cdf.p.map((v) => v * 100)]));
      const present = per.map((d) => d !== null);
      const joined = uPlot.join(tables.filter((_t, i) => present[i]));
      const series = [{ label: visible(first.unit), value: (_u, v) => fmt(v) }];
      data.runs.forEach((run, i) => {
        if (!present[i]) return;
        const s = {
          label: visible(run.label),
          stroke: PALETTE[i % PALETTE.length],
          width: 2,
          spanGaps: true,
          points: { show: false },
          value: (_u, v) => (v === null ? "–" : `${v.toFixed(1)}%`),
        };
        s.runIndex = i;
        series.push(s);
      });
      chart(
        div,
        (width) => ({
          data: joined,
          opts: {
            width,
            height: HEIGHT + 20,
            scales: { x: { time: false }, y: { range: [0, 100] } },
            axes: axes(`${visible(first.title)} (${visible(first.unit)})`, "% of requests ≤ x"),
            series,
            cursor: { drag: { x: true, y: false } },
            hooks: { setSeries: [runToggleHook] },
          },
        }),
        "runs",
      );
    }
  }

  function sweepSection(parent) {
    const sw = data.sweep;
    if (sw === null) return;
    parent.appendChild(el("h2", null, "Throughput vs latency"));
    const controls = el("label", "controls", "Latency:");
    const select = el("select");
    sw.options.forEach((o, i) => {
      const opt = el("option", null, o.label);
      opt.value = String(i);
      select.appendChild(opt);
    });
    controls.appendChild(select);
    const div = el("div", "chart");
    div.dataset.chart = "sweep";
    const note = el(
      "div",
      "marks",
      "One point per run, labelled by its concurrency; the line joins the Pareto front (no other run has both lower latency and higher throughput).",
    );
    parent.appendChild(card(null, controls, div, note));
    let entry = null;
    const build = (optionIndex) => (width) => {
      const o = sw.options[optionIndex];
      const idx = data.runs.map((_r, i) => i).filter((i) => o.x[i] !== null && sw.y[i] !== null);
      const xs = [...new Set(idx.map((i) => o.x[i]))].sort((a, b) => a - b);
      const cols = [xs];
      const series = [{ label: visible(o.label), value: (_u, v) => fmt(v) }];
      for (const i of idx) {
        cols.push(xs.map((x) => (x === o.x[i] ? sw.y[i] : null)));
        const color = PALETTE[i % PALETTE.length];
        const s = {
          label: `${visible(data.runs[i].short)}: ${visible(data.runs[i].label)}`,
          stroke: color,
          fill: color,
          paths: () => null,
          points: { show: true, size: 13, fill: color, stroke: color, width: 1 },
          value: (_u, v) => fmt(v),
        };
        s.runIndex = i;
        series.push(s);
      }
      const frontSet = new Map(o.front.map((i) => [o.x[i], sw.y[i]]));
      cols.push(xs.map((x) => (frontSet.has(x) ? frontSet.get(x) : null)));
      series.push({
        label: "Pareto front",
        stroke: "#111827",
        width: 1.5,
        dash: [6, 4],
        spanGaps: true,
        points: { show: false },
      });
      const labels = (u) => {
        const { ctx } = u;
        const px = window.devicePixelRatio || 1;
        ctx.save();
        ctx.font = `${11 * px}px system-ui, sans-serif`;
        ctx.fillStyle = "#111827";
        idx.forEach((i, k) => {
          if (!u.series[k + 1].show) return;
          const x = u.valToPos(o.x[i], "x", true);
          const y = u.valToPos(sw.y[i], "y", true);
          ctx.fillText(visible(data.runs[i].short), x + 8 * px, y - 6 * px);
        });
        ctx.restore();
      };
      return {
        data: cols,
        opts: {
          width,
          height: HEIGHT + 80,
          scales: {
            x: { time: false, range: (_u, lo, hi) => [lo - (hi - lo) * 0.08 - 1e-9, hi + (hi - lo) * 0.15 + 1e-9] },
            y: { range: (_u, lo, hi) => [Math.max(0, lo - (hi - lo) * 0.15) - 1e-9, hi + (hi - lo) * 0.15 + 1e-9] },
          },
          axes: axes(visible(o.label), visible(sw.yLabel)),
          series,
          cursor: { drag: { x: true, y: false } },
          hooks: { draw: [labels], setSeries: [runToggleHook] },
        },
      };
    };
    entry = chart(div, build(0), "runs");
    select.addEventListener("change", () => {
      if (entry.u !== null) entry.u.destroy();
      entry.u = null;
      entry.build = build(Number(select.value));
      draw(entry);
    });
  }

  function comparisonSection(parent) {
    const cmp = data.comparison;
    if (cmp === null) return;
    parent.appendChild(el("h2", null, cmp.title));
    const t = el("table", "grid comparison");
    const head = el("tr");
    cmp.columns.forEach((c, i) => {
      head.appendChild(el("th", cmp.numeric[i] ? null : "text", c));
    });
    append(t, append(el("thead"), head));
    const body = el("tbody");
    for (const row of cmp.rows) {
      const tr = el("tr");
      row.cells.forEach((cell, i) => {
        const verdict = cell.verdict ? ` verdict-${cell.verdict.replace(/[^a-z]/g, "")}` : "";
        tr.appendChild(el("td", `${cmp.numeric[i] ? "data" : "text data"}${verdict}`, cell.text));
      });
      body.appendChild(tr);
    }
    t.appendChild(body);
    const c = card(null, append(el("div", "scroll"), t));
    if (cmp.notes.length > 0) {
      const ul = el("ul", "notes plain");
      for (const n of cmp.notes) ul.appendChild(el("li", "data", n));
      c.appendChild(ul);
    }
    parent.appendChild(c);
  }

  function runsOverview(parent) {
    parent.appendChild(el("h2", null, "Runs"));
    const rows = data.runs.map((run) => {
      const fact = (label) => run.facts.find((f) => f.label === label)?.value ?? "–";
      return [run.label, run.short, fact("Model"), fact("Records"), fact("Duration")];
    });
    const t = table("runs", ["Run", "Load", "Model", "Records", "Duration"], rows, [0, 1, 2, 3]);
    const tbody = t.querySelector("tbody");
    [...tbody.rows].forEach((tr, i) => {
      const sw = el("span", "swatch");
      sw.style.background = PALETTE[i % PALETTE.length];
      tr.cells[0].prepend(sw);
    });
    parent.appendChild(card(null, t));
  }

  // --- page -------------------------------------------------------------------------------------

  document.title = visible(data.title);
  const page = el("div", "page");
  const header = el("header", "top");
  append(
    header,
    el("h1", "data", data.title),
    el("span", "sub", `Generated by ${data.generator}. Self-contained: no network access, charts by uPlot.`),
  );
  page.appendChild(header);
  app.appendChild(page);

  if (data.runs.length === 1) {
    renderRun(data.runs[0], 0, page);
  } else {
    runsOverview(page);
    sweepSection(page);
    overlaidCdfs(page);
    comparisonSection(page);
    page.appendChild(el("h2", null, "Each run"));
    data.runs.forEach((run, i) => {
      const details = el("details", "run");
      const summary = el("summary");
      const sw = el("span", "swatch");
      sw.style.background = PALETTE[i % PALETTE.length];
      append(summary, sw, el("span", "data", `${run.short}: ${run.label}`));
      details.appendChild(summary);
      page.appendChild(details);
      renderRun(run, i, details);
      details.addEventListener("toggle", () => {
        if (details.open) drawPending();
      });
    });
  }
  // First what the window shows, painted; then the rest of the page.
  drawOnScreen();
  requestAnimationFrame(() => {
    state.ready = true;
    document.documentElement.dataset.ready = "true";
    setTimeout(drawRest, 0);
  });
})();
