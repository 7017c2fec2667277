#!/usr/bin/env python3
"""bench/side-by-side's summary: side-by-side.py FILE.jfr OURS_REQUESTS SAME_REQUESTS PATH

CPU samples (jdk.ExecutionSample) under xuncha's /api servlet and under the same-work servlet,
per request each, their ratio, and the share of samples outside both (other threads: H2's writer,
the audit trail's group commit, the collector's are not sampled as Java frames)."""
import collections
import importlib.machinery
import json
import os
import subprocess
import sys

# the layers bench/jfr-top names
GROUPS = importlib.machinery.SourceFileLoader("jfr_top", os.path.join(os.path.dirname(os.path.abspath(__file__)), "jfr-top")).load_module().GROUPS

OURS = "org.xuncha.platform.internal.rest.ApiDispatcher.service"
SAME = "org.xuncha.bench.baseline.SameWorkServlet.doGet"


def main():
    path, ours_n, same_n, what = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    counts = collections.Counter()
    threads = collections.Counter()
    layers = {"ours": collections.Counter(), "same": collections.Counter()}
    for e in json.loads(out)["recording"]["events"]:
        stack = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                 for f in e["values"]["stackTrace"]["frames"]]
        frames = set(stack)
        side = "ours" if OURS in frames else "same" if SAME in frames else "other"
        counts[side] += 1
        if side != "other":
            # the layer of the innermost frame that belongs to one, as bench/jfr-top counts exclusively
            layers[side][next((g for fr in stack for g, prefixes in GROUPS if fr.startswith(prefixes)), "other (JDK, OSGi, unlisted)")] += 1
        if side == "other":
            threads[(e["values"].get("sampledThread") or {}).get("javaName") or "?"] += 1
    total = sum(counts.values())
    o = counts["ours"] / ours_n if ours_n else float("nan")
    s = counts["same"] / same_n if same_n else float("nan")
    print("%s: %d samples; xuncha %d samples / %d requests, same work %d / %d; other threads %d (%.1f %%)"
          % (what, total, counts["ours"], ours_n, counts["same"], same_n, counts["other"], 100.0 * counts["other"] / max(total, 1)))
    print("  samples per 1000 requests: xuncha %.1f, same work %.1f; ratio %.2f" % (1000 * o, 1000 * s, o / s if s else float("nan")))
    print("  samples per 1000 requests by layer (innermost frame):     xuncha   same work")
    for g in sorted(set(layers["ours"]) | set(layers["same"]), key=lambda g: -layers["ours"][g]):
        print("    %-45s %8.1f %10.1f" % (g, 1000.0 * layers["ours"][g] / max(ours_n, 1), 1000.0 * layers["same"][g] / max(same_n, 1)))
    print("  other threads: " + ", ".join("%s %d" % kv for kv in threads.most_common(5)))


if __name__ == "__main__":
    main()
