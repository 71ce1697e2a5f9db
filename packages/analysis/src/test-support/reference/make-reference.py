#!/usr/bin/env python3
"""Expected values for @aiperf/analysis's statistics tests, from numpy and scipy.

Run once by hand (not by the test suite); commit the output:
    python3 make-reference.py > reference.json
Written with numpy 2.4 and scipy 1.17 (printed into the file).
"""
import json
import sys

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261128)


def mwu_case(name, x, y):
    r = stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic", use_continuity=True)
    return {"name": name, "x": [float(v) for v in x], "y": [float(v) for v in y], "u": float(r.statistic), "p": float(r.pvalue)}


mwu = [
    mwu_case("small, no ties", [1.5, 2.25, 3.0, 7.5, 8.0], [0.5, 4.0, 6.0, 9.0, 10.0, 11.0]),
    mwu_case("shifted lognormal, n=200/180", rng.lognormal(0, 0.5, 200), rng.lognormal(0.2, 0.5, 180)),
    mwu_case("heavy ties (integers 0..4)", rng.integers(0, 5, 300), rng.integers(0, 5, 250)),
    mwu_case("every value equal", [3.0] * 10, [3.0] * 7),
    mwu_case("complete separation", list(range(1, 51)), list(range(100, 160))),
    mwu_case("same sample twice", [0.1, 0.2, 0.2, 0.9, 1.5], [0.1, 0.2, 0.2, 0.9, 1.5]),
    mwu_case("x larger, n=1000 each", rng.normal(10.5, 2, 1000), rng.normal(10, 2, 1000)),
    mwu_case("one value against many", [5.0], rng.normal(0, 1, 40)),
]

normal_sf = [{"z": z, "sf": float(stats.norm.sf(z))} for z in [-3.0, -0.5, 0.0, 0.5, 1.959963984540054, 3.0, 6.0, 12.0, 30.0]]
normal_isf = [{"q": q, "isf": float(stats.norm.isf(q))} for q in [0.4, 0.025, 0.005, 0.00025, 2.5e-6, 1e-12]]

# Bootstrap standard error of numpy's percentile by brute force: B full resamples.
data = np.concatenate([np.round(rng.lognormal(3, 0.6, 60), 1), [20.0] * 7])
B = 200_000
idx = rng.integers(0, len(data), size=(B, len(data)))
res = data[idx]
percentiles = [1, 5, 10, 25, 50, 75, 90, 95, 99]
boot = {
    "data": [float(v) for v in data],
    "resamples": B,
    "percentileSe": {str(p): float(np.std(np.percentile(res, p, axis=1), ddof=1)) for p in percentiles},
    "meanSe": float(np.std(res.mean(axis=1), ddof=1)),
}

beta = []
for a, b in [(1, 1), (2, 5), (50, 3), (990, 11), (5000, 5000)]:
    qs = [0.01, 0.1, 0.5, 0.9, 0.99]
    beta.append({"a": a, "b": b, "ppf": {str(q): float(stats.beta.ppf(q, a, b)) for q in qs}})

out = {
    "generatedBy": "make-reference.py",
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "mannWhitney": mwu,
    "normalSf": normal_sf,
    "normalIsf": normal_isf,
    "bootstrap": boot,
    "beta": beta,
}
json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
