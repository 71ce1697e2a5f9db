#!/usr/bin/env python3
"""Reference values for `aiperf-tools analyze` (not run by the test suite; its output is committed).

An independent, plain-Python implementation of AIPerf's rules as docs/aiperf-facts.md F40-F44 state
them: goodput (SLOs in display units, base-unit comparison, valid records only), trimming, time
slices (anchored at the first request's start, by start time, last slice partial), steady state
(CUSUM on concurrency and output-token throughput, MSER-5 on latency and TTFT) and load shape.

It also writes the generated run it checks: a closed-loop run with known phases (warmup records,
a ramp-up with slow requests, a steady phase at exactly 8 in flight, a drain).

    python3 analyze-reference.py            # writes phased-run.jsonl and analyze-reference.json here
"""
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
RUN1 = os.path.join(HERE, "..", "..", "..", "fixtures", "aiperf-run1", "profile_export.jsonl")
NS_TO_MS = 1000 / 1000000000  # AIPerf's ratio: per_second(ms) / per_second(ns)
T0 = 1_790_000_000_000_000_000  # > 2^53: exact integers only
SEC = 1_000_000_000


def generate():
    rng = random.Random(13)
    users, ramp_step, profile_end = 8, SEC, 60 * SEC
    recs = []
    # Warmup: 20 sequential requests before profiling starts.
    t = T0
    for i in range(20):
        lat = 90_000_000 + rng.randrange(0, 10_000_000)
        recs.append(dict(start=t, end=t + lat, phase="warmup", lat=lat, ttft=lat // 5, osl=50, isl=100, error=False))
        t += lat
    p0 = T0 + 2 * SEC
    n = 0
    for u in range(users):
        t = p0 + u * ramp_step
        while t < p0 + profile_end:
            n += 1
            cold = t < p0 + 12 * SEC  # ramp-up: slow requests
            lat = (800_000_000 if cold else 400_000_000) + rng.randrange(-50_000_000, 50_000_001)
            err = n % 50 == 0
            recs.append(dict(start=t, end=t + lat, phase="profiling", lat=lat, ttft=lat // 5 + rng.randrange(0, 10_000_000),
                             osl=100 + rng.randrange(0, 21), isl=200, error=err))
            t += lat  # closed loop: the next request starts when this one ends
    recs.sort(key=lambda r: (r["end"], r["start"]))  # AIPerf writes in completion order
    lines = []
    for r in recs:
        md = {"session_num": len(lines), "request_start_ns": r["start"], "request_end_ns": r["end"],
              "worker_id": "worker_1", "record_processor_id": "rp_1", "benchmark_phase": r["phase"],
              "phase_index": 0 if r["phase"] == "warmup" else 1, "phase_name": r["phase"], "phase_kind": r["phase"],
              "was_cancelled": False, "context_overflow_skip": False, "agent_depth": 0}
        if r["phase"] == "profiling":
            md["profiling_index"] = 0
        if r["error"]:
            line = {"metadata": md, "metrics": {"error_isl": {"value": r["isl"], "unit": "tokens"}},
                    "error": {"code": 500, "type": "ServerError", "message": "boom"}}
        else:
            line = {"metadata": md, "metrics": {
                "input_sequence_length": {"value": r["isl"], "unit": "tokens"},
                "time_to_first_token": {"value": r["ttft"] * NS_TO_MS, "unit": "ms"},
                "request_latency": {"value": r["lat"] * NS_TO_MS, "unit": "ms"},
                "output_sequence_length": {"value": r["osl"], "unit": "tokens"},
            }}
        lines.append(json.dumps(line, separators=(",", ":")))
    with open(os.path.join(HERE, "phased-run.jsonl"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return recs


def base_ns(ms):
    return round(ms / NS_TO_MS)


def run1_records():
    out = []
    for line in open(RUN1):
        o = json.loads(line)
        m = o["metrics"]
        valid = o.get("error") is None
        start = o["metadata"]["timestamp_ns"]
        lat = base_ns(m["request_latency"]["value"]) if valid else None
        out.append(dict(start=start, end=start + lat if valid else None, phase="profiling", error=not valid,
                        lat=lat, ttft=base_ns(m["ttft"]["value"]) if valid else None,
                        itl=m.get("inter_token_latency", {}).get("value"), osl=m.get("output_sequence_length", {}).get("value")))
    return out


def goodput(recs, slos, version):
    """slos: [(field, display threshold, larger_is_better)] in ms -> compared in ns."""
    valid = [r for r in recs if not r["error"]]
    good = 0
    passed = [0] * len(slos)
    for r in valid:
        ok = True
        for i, (field, thr, larger) in enumerate(slos):
            v = r.get(field)
            base_thr = thr * (1000000000 / 1000) if field in ("ttft", "lat") else thr
            p = v is not None and (v >= base_thr if larger else v <= base_thr)
            passed[i] += p
            ok = ok and p
        good += ok
    lo = min(r["start"] for r in valid)
    hi = max(r["start"] + r["lat"] for r in valid)
    dur = (float(hi) - float(lo)) if version == "0.12" else float(hi - lo)
    return dict(good=good, passed=passed, valid=len(valid), goodput=good / (dur * 1e-09))


def pairwise(a):
    """numpy's pairwise sum (n <= 8192 here)."""
    n = len(a)
    if n < 8:
        s = 0.0
        for x in a:
            s += x
        return s
    if n <= 128:
        r = list(a[:8])
        i = 8
        while i < n - n % 8:
            for j in range(8):
                r[j] += a[i + j]
            i += 8
        s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for k in range(n - n % 8, n):
            s += a[k]
        return s
    n2 = n // 2
    n2 -= n2 % 8
    return pairwise(a[:n2]) + pairwise(a[n2:])


def slices(recs, d):
    t0 = min(r["start"] for r in recs)
    last = max(r["end"] for r in recs)
    by = {}
    for r in recs:
        by.setdefault((r["start"] - t0) // d, []).append(r)
    out = []
    keys = sorted(by)
    for k in keys:
        rs = by[k]
        valid = sorted([r for r in rs if not r["error"]], key=lambda r: (r["start"] + r["lat"]))  # completion order
        ttft = [r["ttft"] for r in valid]
        out.append(dict(index=k, start_ns=str(t0 + k * d), end_ns=str(last if k == keys[-1] else t0 + (k + 1) * d),
                        requests=len(rs), valid=len(valid),
                        ttft_avg_ms=(pairwise(ttft) / len(ttft)) * NS_TO_MS if ttft else None))
    return out


def steps(recs, t0, amount):
    ev = []
    for r in recs:
        a = amount(r)
        if a == 0 or a != a:
            continue
        ev.append((r["start"] - t0, a))
        ev.append((r["end"] - t0, -a))
    ev.sort(key=lambda e: e[0])
    times, levels, level, k = [], [], 0, 0
    while k < len(ev):
        t = ev[k][0]
        while k < len(ev) and ev[k][0] == t:
            level += ev[k][1]
            k += 1
        times.append(t)
        levels.append(level)
    levels.pop()
    return times, levels


def cusum(times, levels):
    """Change point of sum((level - mean of the half) * duration): argmin over each half (facts F43)."""
    n = len(levels)
    mid = times[0] + (times[-1] - times[0]) / 2
    first_half = [i for i in range(n) if times[i] < mid]
    second_half = [i for i in range(n) if times[i + 1] > mid]

    def mean(idx):
        t = sum(times[i + 1] - times[i] for i in idx)
        return sum(levels[i] * (times[i + 1] - times[i]) for i in idx) / t if t else 0

    ref = mean(first_half)
    s, best, up = 0, 0, times[0]
    for i in first_half:
        s += (levels[i] - ref) * (times[i + 1] - times[i])
        if s < best:
            best, up = s, times[i + 1]
    ref = mean(second_half)
    s, best, down = 0, 0, times[-1]
    for i in reversed(second_half):
        s += (levels[i] - ref) * (times[i + 1] - times[i])
        if s < best:
            best, down = s, times[i]
    return up, down


def mser5(values):
    m = len(values) // 5
    means = [sum(values[b * 5:b * 5 + 5]) / 5 for b in range(m)]
    best, d_best = math.inf, 0
    for d in range(m // 2 + 1):
        kept = means[d:]
        mu = sum(kept) / len(kept)
        var = sum((x - mu) ** 2 for x in kept) / len(kept)
        if var / len(kept) < best:
            best, d_best = var / len(kept), d
    return d_best


def steady_state(recs):
    t0 = min(r["start"] for r in recs)
    first, last = 0, max(r["end"] for r in recs) - t0
    names, ups, downs = [], [], []
    up, down = cusum(*steps(recs, t0, lambda r: 1))
    names.append("cusum"); ups.append(up); downs.append(down)
    order = sorted(range(len(recs)), key=lambda i: (recs[i]["start"], i))
    for name, field in (("mser5_latency", "lat"), ("mser5_ttft", "ttft")):
        idx = [i for i in order if not recs[i]["error"]]
        if len(idx) < 20:
            continue
        series = [recs[i][field] for i in idx]
        d = mser5(series)
        names.append(name)
        ups.append(recs[idx[d * 5]]["start"] - t0)
        b = mser5(series[::-1])
        if b > 0:
            downs.append(recs[idx[len(idx) - 1 - b * 5]]["end"] - t0)
    tput = steps(recs, t0, lambda r: (r["osl"] / (r["end"] - r["start"])) * 1e9 if not r["error"] else float("nan"))
    up, down = cusum(*tput)
    names.append("cusum_throughput"); ups.append(up); downs.append(down)
    start, end = max([first] + ups), min([last] + downs)
    method = "_".join(names)
    if end <= start:
        method, start, end = "fallback_no_overlap", first, last
    elif end - start < (last - first) * 10 / 100:
        method, start, end = "fallback_min_window", first, last
    inside = [r for r in recs if r["start"] - t0 >= start and r["end"] - t0 <= end]
    lat = [r["lat"] for r in sorted(inside, key=lambda r: r["start"]) if not r["error"]]
    size = len(lat) // 10
    means = [sum(lat[b * size:(b + 1) * size]) / size for b in range(10)]
    from scipy.stats import spearmanr  # scipy 1.17.1 produced the committed output
    trend = spearmanr(range(10), means)
    # The mean's 95 % interval analyze reports: avg ± z·σ/√n (σ: population std, numpy 2.4.6; z = norm.isf(0.025)).
    import numpy as np
    from scipy.stats import norm
    lat_ms = np.array(lat) * NS_TO_MS
    half = float(norm.isf(0.025)) * float(np.std(np.array(lat))) / len(lat) ** 0.5 * NS_TO_MS
    return dict(method=method, ramp_up_end_ns=str(t0 + round(start)), ramp_down_start_ns=str(t0 + round(end)),
                steady_state_requests=len(inside), total_requests=len(recs),
                trend_correlation=float(trend.statistic), trend_p_value=float(trend.pvalue),
                latency_values=len(lat), latency_avg_ms=float(np.mean(lat_ms)),
                latency_avg_ci95_ms=[float(np.mean(lat_ms)) - half, float(np.mean(lat_ms)) + half])


def load_shape(recs):
    t0 = min(r["start"] for r in recs)
    times, levels = steps(recs, t0, lambda r: 1)
    area = sum(levels[i] * (times[i + 1] - times[i]) for i in range(len(levels)))
    span = times[-1] - times[0]
    reached = next(times[i] for i in range(len(levels)) if levels[i] >= 8)
    left = max(times[i + 1] for i in range(len(levels)) if levels[i] >= 8)
    return dict(max_in_flight=max(levels), mean_in_flight=area / span, ramp_up_sec=(reached - times[0]) / 1e9,
                drain_sec=(times[-1] - left) / 1e9)


def main():
    recs = generate()
    prof = [r for r in recs if r["phase"] == "profiling"]
    t0 = min(r["start"] for r in prof)
    last = max(r["end"] for r in prof)
    trimmed = [r for r in prof if r["start"] >= t0 + 10 * SEC and r["end"] <= last - 5 * SEC]
    by_start = sorted(prof, key=lambda r: r["start"])
    run1 = run1_records()
    ref = {
        "generated": {
            "records": len(recs),
            "warmup": len(recs) - len(prof),
            "profiling": len(prof),
            "errors": sum(r["error"] for r in prof),
            "goodput_ttft100_latency430": goodput(prof, [("ttft", 100, False), ("lat", 430, False)], "0.12"),
            "trim_start10s_end5s": dict(kept=len(trimmed), ttft_ms_min=min(r["ttft"] for r in trimmed if not r["error"]) * NS_TO_MS),
            "skip_first_100": dict(first_kept_start_ns=str(by_start[100]["start"])),
            "slices_10s": slices(prof, 10 * SEC),
            "steady_state": steady_state(prof),
            "load_shape": load_shape(prof),
        },
        "run1": {
            "goodput_ttft2000_itl30": goodput(run1, [("ttft", 2000, False), ("itl", 30, False)], "R"),
            "slices_2s_counts": [s["requests"] for s in slices([r if r["end"] else dict(r, end=r["start"]) for r in run1], 2 * SEC)],
        },
    }
    with open(os.path.join(HERE, "analyze-reference.json"), "w") as f:
        json.dump(ref, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
