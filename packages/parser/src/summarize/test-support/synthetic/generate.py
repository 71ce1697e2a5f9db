#!/usr/bin/env python3
"""Generates synthetic AIPerf record files for the O, L, 0.10 and 0.12 engines and
the summary values AIPerf's algorithms give for them (spec §3, §12), computed
here with numpy 2.4 and plain Python, independently of the TypeScript code.

Run from this directory: python3 generate.py  (writes *.jsonl and expected.json).
The test suite only reads the outputs; it never runs Python.
"""
import json, random
import numpy as np
from tdigest_reference import TD

N_VALID, N_ERR, N_WARMUP = 70, 6, 2
BASE = 1759522419154568925
PCTS = [1, 5, 10, 25, 50, 75, 90, 95, 99]
MS = 1000 / 1000000000  # AIPerf's ns -> ms ratio (1e-06)
SEC = 1 / 1000000000

def chunked_sum(a):
    res = 0.0
    for k in range(0, len(a), 8192):
        res += np.sum(a[k:k + 8192])
    return float(res)

def np_sum(a, chunked):
    return chunked_sum(a) if chunked else float(np.sum(a))

def np_std(a, chunked):
    m = np_sum(a, chunked) / len(a)
    return float(np.sqrt(np_sum((a - m) * (a - m), chunked) / len(a)))

def make_records(rng):
    recs = []
    for i in range(N_VALID + N_ERR + N_WARMUP):
        start = BASE + i * 37_000_123 + rng.randrange(0, 5_000_000)
        credit = start - rng.randrange(10_000, 3_000_000)
        err = N_VALID <= i < N_VALID + N_ERR
        phase = "warmup" if i >= N_VALID + N_ERR else "profiling"
        rec = {"start": start, "credit": credit, "err": err, "phase": phase, "i": i}
        if err:
            rec["end"] = start + rng.randrange(1_000, 50_000_000)
            rec["isl"] = 500 + rng.randrange(0, 100)
        else:
            osl = rng.randrange(40, 260)
            ttft = rng.randrange(200_000_000, 3_000_000_000)
            gaps = [rng.randrange(15_000_000, 45_000_000) for _ in range(osl - 1)]
            lat = ttft + sum(gaps)
            rec.update(osl=osl, ttft=ttft, gaps=gaps, lat=lat, isl=500 + rng.randrange(0, 100),
                       reasoning=rng.randrange(0, osl), end=start + lat + rng.randrange(0, 900_000),
                       req_osl=250)
            rec["out"] = osl - rec["reasoning"]
        recs.append(rec)
    return recs

def metrics_of(rec, version):
    if rec["err"]:
        return {"error_isl": {"value": rec["isl"], "unit": "tokens"}}
    itl = (rec["lat"] - rec["ttft"]) / (rec["osl"] - 1)
    m = {
        "input_sequence_length": {"value": rec["isl"], "unit": "tokens"},
        "time_to_first_token": {"value": rec["ttft"] * MS, "unit": "ms"},
        "time_to_second_token": {"value": rec["gaps"][0] * MS, "unit": "ms"},
        "request_latency": {"value": rec["lat"] * MS, "unit": "ms"},
        "output_token_count": {"value": rec["out"], "unit": "tokens"},
        "reasoning_token_count": {"value": rec["reasoning"], "unit": "tokens"},
        "inter_chunk_latency": {"value": [g * MS for g in rec["gaps"]], "unit": "ms"},
        "output_sequence_length": {"value": rec["osl"], "unit": "tokens"},
        "inter_token_latency": {"value": itl * MS, "unit": "ms"},
        "output_token_throughput_per_user": {"value": 1 / (itl * SEC), "unit": "tokens/sec/user"},
    }
    if version != "O":
        m["osl_mismatch_diff_pct"] = {"value": ((rec["osl"] - rec["req_osl"]) / rec["req_osl"]) * 100.0, "unit": "%"}
    return m

def metadata_of(rec, version):
    md = {"session_num": rec["i"], "x_request_id": f"req-{rec['i']}", "x_correlation_id": f"corr-{rec['i']}",
          "conversation_id": f"conv-{rec['i']}", "turn_index": 0}
    if version != "O":
        md["credit_issued_ns"] = rec["credit"]
    md.update(request_start_ns=rec["start"], request_end_ns=rec["end"], worker_id="worker_1",
              record_processor_id="record_processor_1", benchmark_phase=rec["phase"], was_cancelled=False)
    if version == "0.10":
        md["agent_depth"] = 0
    if version == "0.12":
        md.update(phase_index=0 if rec["phase"] == "warmup" else 1, phase_name=rec["phase"])
    return md

def line_of(rec, version):
    obj = {"metadata": metadata_of(rec, version), "metrics": metrics_of(rec, version)}
    if rec["err"]:
        obj["error"] = {"code": 504 if rec["i"] % 2 else None, "type": "TimeoutError", "message": "Request timed out"}
        if obj["error"]["code"] is None:
            del obj["error"]["code"]
    elif version == "O":
        obj["error"] = None
    return json.dumps(obj, separators=(",", ":"))

def completion_order(recs):
    prof = [r for r in recs if r["phase"] == "profiling"]
    key = lambda r: r["end"] if r["err"] else r["start"] + r["lat"]
    return sorted(prof, key=key)  # stable: ties keep line order

def dist(values, version, chunked, list_ends=None):
    """MetricArray (O, L, 0.10 scalars) or column store (0.12) stats in base units."""
    a = np.array(values, dtype=np.float64)
    n = len(a)
    if version == "0.12":
        arr_sum = np_sum(a, chunked)
        s = np.sort(a)
        out = {"avg": arr_sum / n, "min": float(s[0]), "max": float(s[-1]), "std": np_std(s, chunked), "sum": arr_sum}
        for p in PCTS:
            vi = (p / 100.0) * (n - 1); lo = int(vi); hi = min(lo + 1, n - 1); t = vi - lo
            out[f"p{p}"] = float(s[lo] + t * (s[hi] - s[lo]))
        return out, arr_sum
    run = 0.0
    if list_ends is None:
        for v in a: run = run + float(v)
    else:
        st = 0
        for e in list_ends:
            run = run + np_sum(a[st:e], chunked); st = e
    out = {"avg": np_sum(a, chunked) / n, "min": float(a.min()), "max": float(a.max()), "std": np_std(a, chunked)}
    for p in PCTS:
        out[f"p{p}"] = float(np.percentile(a, p))
    if version != "O":
        out["sum"] = run
    return out, run

def tdigest_list(lists, chunked):
    """0.10/0.11 TDigestListMetricAggregator (spec §12.5), in ns."""
    d = TD(500); count = 0; mean = 0.0; m2 = 0.0; total = 0.0; mn = float("inf"); mx = float("-inf")
    for b in lists:
        b = np.array(b, dtype=np.float64)
        d.update(list(b)); nb = len(b); sb = np_sum(b, chunked); mb = sb / nb
        m2b = np_sum((b - mb) * (b - mb), chunked)
        if count == 0:
            mean = mb; m2 = m2b
        else:
            N = count + nb; dd = mb - mean
            mean = mean + (dd * nb) / N
            m2 = m2 + (m2b + (((dd * dd) * count) * nb) / N)
        count += nb; total = total + sb; mn = min(mn, float(b.min())); mx = max(mx, float(b.max()))
    out = {"avg": total / count, "min": mn, "max": mx, "std": float(np.sqrt(max(0.0, m2 / count))), "sum": total}
    for p in PCTS:
        out[f"p{p}"] = d.quantile(p / 100)
    return out, total

def to_display(stats, ratio, count):
    out = {k: (v if ratio == 1 else v * ratio) for k, v in stats.items()}
    out["count"] = count
    return out

def summarize(recs, version, chunked, window_ns=None):
    order = completion_order(recs)
    valid = [r for r in order if not r["err"]]
    errs = [r for r in order if r["err"]]
    res = {}
    base = {
        "input_sequence_length": ([r["isl"] for r in valid], 1),
        "time_to_first_token": ([r["ttft"] for r in valid], MS),
        "time_to_second_token": ([r["gaps"][0] for r in valid], MS),
        "request_latency": ([r["lat"] for r in valid], MS),
        "output_token_count": ([r["out"] for r in valid if r["out"] != 0], 1),
        "reasoning_token_count": ([r["reasoning"] for r in valid], 1),
        "output_sequence_length": ([r["osl"] for r in valid], 1),
        "inter_token_latency": ([(r["lat"] - r["ttft"]) / (r["osl"] - 1) for r in valid], MS),
        "output_token_throughput_per_user": ([1 / (((r["lat"] - r["ttft"]) / (r["osl"] - 1)) * SEC) for r in valid], 1),
        "error_isl": ([r["isl"] for r in errs], 1),
    }
    if version != "O":
        base["osl_mismatch_diff_pct"] = ([((r["osl"] - r["req_osl"]) / r["req_osl"]) * 100.0 for r in valid], 1)
    sums = {}
    for tag, (vals, ratio) in base.items():
        st, s = dist(vals, version, chunked)
        sums[tag] = s
        res[tag] = to_display(st, ratio, len(vals))
    lists = [r["gaps"] for r in valid]
    flat = [g for l in lists for g in l]
    if version == "0.10":
        st, _ = tdigest_list(lists, chunked)
    else:
        ends = list(np.cumsum([len(l) for l in lists]))
        st, _ = dist(flat, version, chunked, ends)
    res["inter_chunk_latency"] = to_display(st, MS, len(flat))
    res["request_count"] = {"avg": float(len(valid))}
    res["error_request_count"] = {"avg": float(len(errs))}
    mn = min(r["start"] for r in valid); mx = max(r["start"] + r["lat"] for r in valid)
    if version == "O":
        res["min_request_timestamp"] = {"avg": float(mn)}
        res["max_response_timestamp"] = {"avg": float(mx)}
    dur = (float(mx) - float(mn)) if version == "0.12" else (mx - mn)
    res["benchmark_duration"] = {"avg": dur * SEC}
    res["total_isl"] = {"avg": float(sums["input_sequence_length"])}
    res["total_error_isl"] = {"avg": float(sums["error_isl"])}
    res["total_output_tokens"] = {"avg": float(sums["output_token_count"])}
    res["total_reasoning_tokens"] = {"avg": float(sums["reasoning_token_count"])}
    res["total_osl"] = {"avg": float(sums["output_sequence_length"])}
    if version == "0.12":
        denom = None if window_ns is None else window_ns * SEC  # observation window (§12.9)
    else:
        denom = dur * SEC
    if denom is not None:
        res["request_throughput"] = {"avg": len(valid) / denom}
        res["output_token_throughput"] = {"avg": sums["output_sequence_length"] / denom}
        if version != "O":
            res["total_token_throughput"] = {"avg": (sums["input_sequence_length"] + sums["output_sequence_length"]) / denom}
        if version == "0.12":
            res["input_token_throughput"] = {"avg": sums["input_sequence_length"] / denom}
    if version != "O":
        cnt = 0
        for r in valid:
            req = r["req_osl"]
            if abs(r["osl"] - req) > min(req * (5.0 / 100), 50):
                cnt += 1
        res["osl_mismatch_count"] = {"avg": float(cnt)}
    if version == "0.12":
        arrival = [r for r in order]
        for tag, f in (("credit_to_start_latency", lambda r: r["start"]), ("effective_latency", lambda r: r["end"])):
            v = np.array([max(float(f(r)) - float(r["credit"]), 0) / 1000000.0 for r in arrival])
            out = {"avg": float(np.sum(v)) / len(v), "min": float(v.min()), "max": float(v.max()),
                   "std": float(np.std(v)), "sum": float(np.sum(v)), "count": len(v)}
            for p in PCTS:
                out[f"p{p}"] = float(np.percentile(v, p))
            res[tag] = out
    groups = []
    for r in errs:
        k = (504 if r["i"] % 2 else None, "TimeoutError", "Request timed out")
        for g in groups:
            if g[0] == k: g[1] += 1; break
        else:
            groups.append([k, 1])
    return {"metrics": res, "errors": [{"code": k[0], "count": c} for k, c in groups]}

def main():
    rng = random.Random(20260316)
    recs = make_records(rng)
    line_order = recs[:]
    random.Random(7).shuffle(line_order)
    expected = {}
    import datetime
    window_us = 3_112_345_678
    t0 = datetime.datetime(2025, 10, 3, 20, 13, 39, 146443)
    t1 = t0 + datetime.timedelta(microseconds=window_us)
    for version in ("O", "L", "0.10", "0.12"):
        name = version.replace(".", "_")
        with open(f"records-{name}.jsonl", "w") as f:
            for r in line_order:
                f.write(line_of(r, version) + "\n")
        chunked = version == "O"
        exp = {"chunked_default": summarize(recs, version, chunked, window_us * 1000)}
        exp["chunked_flipped"] = summarize(recs, version, not chunked, window_us * 1000)
        if version == "0.12":
            exp["no_window"] = summarize(recs, version, chunked, None)
        expected[version] = exp
    expected["window"] = {"start_time": t0.isoformat(), "end_time": t1.isoformat(), "window_us": window_us}
    with open("expected.json", "w") as f:
        json.dump(expected, f, indent=1)

if __name__ == "__main__":
    main()
