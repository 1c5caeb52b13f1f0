#!/usr/bin/env bash
# Stops the services that scripts/start.sh started (by pid); with --all also the infrastructure.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN=.run/services
for name in task inspection accountability notification; do
  pidfile=$RUN/$name.pid
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "[stop] $name-service stopped"
  fi
  rm -f "$pidfile"
done
if [ "${1:-}" = "--all" ]; then
  scripts/infra.sh down
fi
