#!/usr/bin/env python3
"""Baseline: what a Python user writes first: json.loads per line, values per metric, numpy percentiles.

Usage: python3 bench/baseline-numpy.py FILE. Prints {"lines": N, "metrics": M}. Without numpy it still parses
(the sort stands in for the percentiles) so the row stays comparable on machines without numpy.
"""
import json
import sys

try:
    import numpy as np
except ImportError:  # pragma: no cover - depends on the machine
    np = None

values = {}
lines = 0
with open(sys.argv[1], "rb") as f:
    for raw in f:
        if not raw.strip():
            continue
        rec = json.loads(raw)
        lines += 1
        if rec.get("error") is not None:
            continue
        for tag, m in (rec.get("metrics") or {}).items():
            v = m.get("value") if isinstance(m, dict) else None
            if isinstance(v, list):
                values.setdefault(tag, []).extend(v)
            elif isinstance(v, (int, float)):
                values.setdefault(tag, []).append(v)

for tag, xs in values.items():
    if np is not None:
        a = np.asarray(xs, dtype=np.float64)
        a.mean(), a.std(), np.percentile(a, [1, 5, 10, 25, 50, 75, 90, 95, 99])
    else:
        sorted(xs)
print(json.dumps({"lines": lines, "metrics": len(values)}))
