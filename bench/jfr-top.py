#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples: samples per thread group, the hottest self frames, and the hottest
frames of the product's own code (gov.chuangcheng.*) anywhere on the stack. Usage: jfr-top.py recording.jfr"""
import collections, re, shutil, subprocess, sys

jfr = shutil.which("jfr") or "/usr/lib/jvm/java-17-openjdk-amd64/bin/jfr"
out = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", sys.argv[1]],
                     capture_output=True, text=True, check=True).stdout
threads, self_frames, own_frames, own_self, pkgs = (collections.Counter() for _ in range(5))
total = 0
for event in out.split("jdk.ExecutionSample {")[1:]:
    m = re.search(r'sampledThread = "([^"]*)"', event)
    thread = re.sub(r"[-\d]+$", "", m.group(1)) if m else "?"
    frames = [l.strip() for l in event.split("stackTrace = [", 1)[-1].split("]", 1)[0].splitlines() if l.strip()]
    frames = [re.sub(r"\s+line:.*$", "", f) for f in frames if f != "..."]
    if not frames:
        continue
    total += 1
    threads[thread] += 1
    self_frames[frames[0]] += 1
    pkg = ".".join(frames[0].split("(")[0].split(".")[:3])
    pkgs[pkg] += 1
    seen = set()
    for f in frames:
        if f.startswith("gov.chuangcheng") and f not in seen:
            own_frames[f] += 1
            seen.add(f)
    own = next((f for f in frames if f.startswith("gov.chuangcheng")), None)
    if own:
        own_self[own] += 1
print(f"{total} CPU samples in {sys.argv[1]}")
for title, c, n in (("samples by thread", threads, 12), ("self time by package (top frame)", pkgs, 15),
                    ("hottest self frames", self_frames, 20),
                    ("nearest product frame of each sample", own_self, 20),
                    ("product frames anywhere on the stack (inclusive)", own_frames, 25)):
    print(f"\n== {title}")
    for k, v in c.most_common(n):
        print(f"{100.0 * v / max(1, total):5.1f} %  {v:6d}  {k}")
