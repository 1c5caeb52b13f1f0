#!/usr/bin/env bash
# Starts the whole system locally: infrastructure (PostgreSQL, Kafka, Keycloak, SMTP), the four services from their
# packaged jars, and the seed data. Idempotent: what already runs is left running.
#
#   scripts/start.sh            build the jars if they are missing, start what is not running, seed
#   scripts/start.sh --rebuild  stop the services, rebuild the jars, start again
# Stop with scripts/stop.sh (services) or scripts/stop.sh --all (services and infrastructure).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
RUN=$REPO/.run/services
SERVICES=(task:8081 inspection:8082 accountability:8083 notification:8084)
HEAP=${CC_SERVICE_HEAP:--Xmx256m}
mkdir -p "$RUN"

log() { echo "[start] $*"; }

alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }
ready() { curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$1/q/health/ready"; }

if [ "${1:-}" = "--rebuild" ]; then
  scripts/stop.sh
fi

scripts/infra.sh up

missing=0
for s in "${SERVICES[@]}"; do
  [ -f "${s%%:*}-service/target/quarkus-app/quarkus-run.jar" ] || missing=1
done
if [ "$missing" = 1 ] || [ "${1:-}" = "--rebuild" ]; then
  log "building the services (tests skipped; scripts/test.sh runs them)"
  ./mvnw -B -q install -DskipTests
fi

for s in "${SERVICES[@]}"; do
  name=${s%%:*}; port=${s##*:}
  if alive "$name"; then
    log "$name-service: already running (pid $(cat "$RUN/$name.pid"))"
    continue
  fi
  if ready "$port"; then
    log "$name-service: port $port already answers; leaving it alone"
    continue
  fi
  setsid nohup java $HEAP -XX:+UseSerialGC -jar "$name-service/target/quarkus-app/quarkus-run.jar" \
    > "$RUN/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
  log "$name-service: starting on port $port (log .run/services/$name.log)"
done

for s in "${SERVICES[@]}"; do
  name=${s%%:*}; port=${s##*:}
  for _ in $(seq 1 240); do
    ready "$port" && break
    if ! alive "$name" && ! ready "$port"; then
      tail -n 30 "$RUN/$name.log" >&2 || true
      echo "[start] ERROR: $name-service exited" >&2; exit 1
    fi
    sleep 0.5
  done
  ready "$port" || { tail -n 30 "$RUN/$name.log" >&2; echo "[start] ERROR: $name-service not ready" >&2; exit 1; }
  log "$name-service: ready"
done

scripts/seed.sh

cat <<INFO

chuangcheng is running:
  task-service            http://127.0.0.1:8081   Swagger UI http://127.0.0.1:8081/q/swagger-ui
  inspection-service      http://127.0.0.1:8082   Swagger UI http://127.0.0.1:8082/q/swagger-ui
  accountability-service  http://127.0.0.1:8083   Swagger UI http://127.0.0.1:8083/q/swagger-ui
  notification-service    http://127.0.0.1:8084   Swagger UI http://127.0.0.1:8084/q/swagger-ui
  OpenAPI documents       http://127.0.0.1:808x/q/openapi   health /q/health/ready   metrics /q/metrics
  Keycloak                http://127.0.0.1:8180/realms/chuangcheng  (admin console /admin, admin/admin)
  Mail inbox (GreenMail)  http://127.0.0.1:8025/api/user/<address>/messages/INBOX
  Logs                    .run/services/*.log, .run/*/
INFO
