#!/usr/bin/env bash
# Every part of the benchmark, each under the shared lock on its own (each under 10 minutes), so that other
# engineers' builds can run in between. The baseline runs together with the chain: the ratio needs both in one run.
#   cd /work/main && bench/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
flock /tmp/cc-mvn.lock ./mvnw -B -q -f bench/pom.xml package
flock /tmp/cc-mvn.lock bench/run.sh baseline chain
flock /tmp/cc-mvn.lock bench/run.sh footprint sweep
flock /tmp/cc-mvn.lock bench/run.sh dashboards
