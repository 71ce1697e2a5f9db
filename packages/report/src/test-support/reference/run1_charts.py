#!/usr/bin/env python3
"""Reference chart data for run1, computed independently of the TypeScript code
(plain Python, numpy for the histograms). Writes run1-charts.json next to this
file; the tests read that file and never run this script.

    python3 run1_charts.py ../../../../../fixtures/aiperf-run1/profile_export.jsonl

Definitions (the report's, see src/data/run-data.ts):
- distributions: values of valid records (error is null) in the file's units;
  display bins of width w = the smallest 1/2/5 x 10^k >= (max - min) / 40
  (integer data: w >= 1 and bins centred on integers), starting at
  floor(min / w) * w (integers: floor((min + 0.5) / w) * w - 0.5);
- time: origin = the first line's start (timestamp_ns); a request runs from its
  start to max_response_timestamp (valid) and has no end when it has none
  (errors); slices of 0.5 s, rates over the part of each
  slice inside [first start, last end]; slices start at the 4 ms bucket (the
  report's fine time bucket for a run of run1's span: 1 ms doubled until the
  span fits 4096 buckets) that holds the first start; tokens of a request spread evenly over
  [start + ttft, end); in-flight = time-weighted mean; latency max by the slice of the end.
"""
import json
import math
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np


def nice_ceil(x):
    p = 10 ** math.floor(math.log10(x))
    if p > x:
        p /= 10
    while True:
        for m in (1, 2, 5):
            if m * p >= x * (1 - 1e-12):
                return m * p
        p *= 10


def bins(values):
    lo, hi = min(values), max(values)
    ints = all(float(v).is_integer() for v in values)
    w = nice_ceil((hi - lo) / 40) if hi > lo else 1
    if ints:
        w = max(1, math.ceil(w))
    shift = 0.5 if ints else 0
    start = math.floor((lo + shift) / w) * w - shift
    n = math.floor((hi - start) / w) + 1
    edges = [start + k * w for k in range(n + 1)]
    counts, _ = np.histogram(values, bins=edges)
    return {"start": start, "width": w, "counts": [int(c) for c in counts]}


def main(path):
    records = [json.loads(line) for line in open(path) if line.strip()]
    valid = [r for r in records if r["error"] is None]
    out = {"records": len(records), "valid": len(valid), "errors": len(records) - len(valid), "distributions": {}}
    for key, tag in (("ttft", "ttft"), ("itl", "inter_token_latency"), ("latency", "request_latency"),
                     ("osl", "output_sequence_length")):
        values = [r["metrics"][tag]["value"] for r in valid]
        out["distributions"][key] = {
            "tag": tag, "count": len(values), "min": min(values), "max": max(values),
            "sorted": sorted(values), "histogram": bins(values),
        }

    w = 500_000_000  # ns
    origin = records[0]["metadata"]["timestamp_ns"]
    starts = [r["metadata"]["timestamp_ns"] for r in records]
    ends = [r["metrics"]["max_response_timestamp"]["value"] if r["error"] is None else None for r in records]
    first = min(starts)
    last = max(e if e is not None else s for s, e in zip(starts, ends))
    anchor = origin + (first - origin) // 4_000_000 * 4_000_000
    n = (last - anchor) // w + 1
    done = [0] * n
    errs = [0] * n
    busy = [Fraction(0)] * n
    toks = [Fraction(0)] * n
    lat_max = [None] * n

    def overlap(a, b, k):
        lo = anchor + k * w
        return max(Fraction(0), min(b, lo + w) - max(a, lo))

    for r, s, e in zip(records, starts, ends):
        if e is None:
            errs[(s - anchor) // w] += 1
            continue
        done[(e - anchor) // w] += 1
        ttft = Fraction(r["metrics"]["ttft"]["value"]) * 1_000_000
        osl = r["metrics"]["output_sequence_length"]["value"]
        f = min(Fraction(e), s + ttft)
        lat = r["metrics"]["request_latency"]["value"]
        j = (e - anchor) // w
        lat_max[j] = lat if lat_max[j] is None else max(lat_max[j], lat)
        for k in range(n):
            busy[k] += overlap(Fraction(s), Fraction(e), k)
            if e > f:
                toks[k] += osl * overlap(f, Fraction(e), k) / (e - f)
            elif (e - anchor) // w == k:
                toks[k] += osl

    t, rps, tps, inflight = [], [], [], []
    for k in range(n):
        a = anchor + k * w
        covered = max(0, min(a + w, last) - max(a, first))
        secs = Fraction(covered if covered > 0 else w, 10**9)
        t.append(float(Fraction(a - first, 10**9)))
        rps.append(float(done[k] / secs))
        tps.append(float(toks[k] / secs))
        inflight.append(float(busy[k] / (secs * 10**9)))
    out["timeline"] = {
        "sliceSeconds": w / 1e9, "t": t, "requestThroughput": rps, "tokenThroughput": tps, "inFlight": inflight,
        "errors": errs, "latencyMax": lat_max,
        "durationSeconds": float(Fraction(last - first, 10**9)),
        "meanInFlight": float(sum(busy) / (last - first)),
        "totalTokens": sum(r["metrics"]["output_sequence_length"]["value"] for r in valid),
    }
    target = Path(__file__).with_name("run1-charts.json")
    target.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
