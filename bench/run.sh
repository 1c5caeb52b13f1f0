#!/usr/bin/env bash
# The benchmark of issue #10 (see bench/RESULTS.md). Run it under the shared lock so that nothing else competes:
#
#   cd /work/main && flock /tmp/cc-mvn.lock bench/run.sh all          # or: baseline | chain | sweep | dashboards | footprint
#
# It starts its own copies of the four packaged services on 127.0.0.1:38081–38084 against fresh cc_*_bench databases
# (Flyway clean at start) with a topic prefix of their own, and stops them again on exit (also on failure). It uses the
# shared PostgreSQL, Kafka and Keycloak started by scripts/infra.sh, and never stops or resets them.
# Raw outputs go to bench/results/<UTC date>/<part>/.
#
# Knobs (environment): RATES=25,50,100,200  SECONDS_PER_RATE=30  POINTS=1500  SWEEP_ORDERS=1000000 SWEEP_SPREAD=0|1
#   DASH_TASKS=100000 DASH_ORDERS=1000000 DASH_UNITS=2000 DASH_INSPECTIONS=100000 DASH_SECONDS=20 DASH_CLIENTS=16
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
DATE=${BENCH_DATE:-$(date -u +%F)}
RESULTS=$BENCH/results/$DATE
WORK=$(mktemp -d /tmp/cc-bench.XXXXXX)
PIDS=$WORK/pids
: > "$PIDS"
PG="psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres"
PGBENCH=/usr/lib/postgresql/15/bin/pgbench
KAFKA_HOME=${KAFKA_HOME:-$HOME/.cache/chuangcheng/kafka-4.1.2}
PREFIX="bench-$(date -u +%m%d%H%M%S)-"
JAVA=${JAVA:-java}

declare -A PORT=([task-service]=38081 [inspection-service]=38082 [accountability-service]=38083 [notification-service]=38084)
declare -A DB=([task-service]=cc_task_bench [inspection-service]=cc_inspection_bench
               [accountability-service]=cc_accountability_bench [notification-service]=cc_notification_bench)

log() { echo "[bench $(date -u +%T)] $*" >&2; }

cleanup() {
  local pid
  while read -r pid; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done < "$PIDS"
  for _ in $(seq 1 40); do
    local alive=0
    while read -r pid; do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && alive=1; done < "$PIDS"
    [ $alive = 0 ] && break
    sleep 0.5
  done
  while read -r pid; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; done < "$PIDS"
  : > "$PIDS"
  [ -f "$WORK/sampler.pid" ] && kill "$(cat "$WORK/sampler.pid")" 2>/dev/null || true
}
trap 'cleanup; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

machine() {
  mkdir -p "$RESULTS"
  {
    echo "date: $(date -u +%FT%TZ)"
    echo "command: flock /tmp/cc-mvn.lock bench/run.sh $*"
    echo "git: $(git -C "$ROOT" rev-parse --short HEAD)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "free -h:"; free -h
    echo "kernel: $(uname -sr)"
    echo "java: $($JAVA -version 2>&1 | head -1)"
    echo "postgres: $($PG -Atc 'show server_version' postgres)"
    echo "loadavg at start: $(cat /proc/loadavg)"
  } > "$RESULTS/machine-$(date -u +%H%M%S).txt"
}

fresh_db() { # name
  $PG -c "drop database if exists $1 with (force)" postgres
  $PG -c "create database $1 owner chuangcheng" postgres
}

jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# start <module> [extra -D options...]; echoes nothing, records pid
start_service() {
  local module=$1; shift
  [ -f "$(jar "$module")" ] || { log "$(jar "$module") is missing: build the services first"; exit 1; }
  local extra=()
  [ "$module" = notification-service ] && extra+=("-Dcc.webhooks.allowed-hosts=127.0.0.1")
  # JFR="accountability-service inspection-service": a profiling recording per listed service (into $JFR_DIR)
  if [[ " ${JFR:-} " == *" $module "* ]]; then
    mkdir -p "$JFR_DIR"
    extra+=("-XX:StartFlightRecording=filename=$JFR_DIR/$module.jfr,settings=profile,dumponexit=true")
  fi
  $JAVA -Xmx256m -XX:+UseSerialGC "-Dquarkus.http.port=${PORT[$module]}" \
    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/${DB[$module]}" \
    "-Dcc.kafka.topic-prefix=$PREFIX" "-Dkafka.group.id=$PREFIX$module" \
    "${extra[@]}" "$@" -jar "$(jar "$module")" > "$WORK/$module.log" 2>&1 &
  local pid=$!
  echo "$pid" >> "$PIDS"
  echo "$pid" > "$WORK/$module.pid"
  date +%s%N > "$WORK/$module.started"
}

# wait_ready <module> → prints ms from process start to the first 200 of /q/health/ready
wait_ready() {
  local module=$1 started
  started=$(cat "$WORK/$module.started")
  for _ in $(seq 1 600); do
    if ! kill -0 "$(cat "$WORK/$module.pid")" 2>/dev/null; then
      log "$module exited:"; tail -40 "$WORK/$module.log" >&2; exit 1
    fi
    if curl -sf -o /dev/null "http://127.0.0.1:${PORT[$module]}/q/health/ready"; then
      echo $(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    sleep 0.1
  done
  log "$module not ready in 60 s"; tail -40 "$WORK/$module.log" >&2; exit 1
}

stop_service() {
  local module=$1 pid
  pid=$(cat "$WORK/$module.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

rss_mib() { # pid
  local kb; kb=$(ps -o rss= -p "$1" 2>/dev/null | tr -d ' ')
  [ -n "$kb" ] && echo $(( kb / 1024 )) || echo "-"
}

# sample RSS of the given modules every 2 s into $1 (bounded: at most 30 minutes)
start_sampler() {
  local file=$1; shift
  local modules=("$@")
  echo "epoch_s,$(IFS=,; echo "${modules[*]}")" > "$file"
  (
    for _ in $(seq 1 900); do
      line=$(date +%s)
      for m in "${modules[@]}"; do line="$line,$(rss_mib "$(cat "$WORK/$m.pid")")"; done
      echo "$line" >> "$file"
      sleep 2
    done
  ) &
  echo $! > "$WORK/sampler.pid"
}
stop_sampler() { [ -f "$WORK/sampler.pid" ] && kill "$(cat "$WORK/sampler.pid")" 2>/dev/null || true; rm -f "$WORK/sampler.pid"; }

bench_cp() {
  [ -f "$BENCH/target/classpath.txt" ] || { log "build the benchmark first: ./mvnw -f bench/pom.xml -q package"; exit 1; }
  echo "$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
}

office_token() {
  curl -s http://127.0.0.1:8180/realms/chuangcheng/protocol/openid-connect/token -d grant_type=password \
    -d client_id=chuangcheng-web -d client_secret=chuangcheng-web-secret -d username=office1 -d password=office1 |
    python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])'
}

delete_prefixed_topics() {
  local topics
  topics=$($JAVA -Xmx128m -cp "$KAFKA_HOME/lib/*" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --list 2>/dev/null | grep "^$PREFIX" || true)
  for t in $topics; do
    $JAVA -Xmx128m -cp "$KAFKA_HOME/lib/*" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --delete --topic "$t" >/dev/null 2>&1 || true
  done
}

# The run's topics with the partition counts of production (deploy/base/kafka/topics.yaml), created before the services
# start: a topic the local broker auto-creates has one partition, which no production deployment has.
create_prefixed_topics() {
  local spec topic partitions
  for spec in $(python3 - "$ROOT/deploy/base/kafka/topics.yaml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
for doc in text.split("\n---"):
    t = re.search(r"topicName:\s*(\S+)", doc)
    p = re.search(r"partitions:\s*(\d+)", doc)
    if t and p:
        print(f"{t.group(1)}={p.group(1)}")
PY
  ); do
    topic=${spec%=*}; partitions=${spec#*=}
    $JAVA -Xmx128m -cp "$KAFKA_HOME/lib/*" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 \
      --create --if-not-exists --topic "$PREFIX$topic" --partitions "$partitions" --replication-factor 1 >/dev/null 2>&1 ||
      log "could not create $PREFIX$topic"
  done
  log "topics created with production partition counts: $($JAVA -Xmx128m -cp "$KAFKA_HOME/lib/*" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --describe --topic "${PREFIX}cc.inspections.v1" 2>/dev/null | grep -o 'PartitionCount: [0-9]*' | head -1)"
}

# Where the time of a failed item goes, from the services' own tables: each relay's outbox lag (published_at −
# created_at) and accountability's consumer lag (order opened_at − the item-failed row's published_at).
stage_lags() {
  local P="psql -X -At -F, -h 127.0.0.1 -U postgres"
  for m in inspection-service accountability-service notification-service; do
    echo "-- $m outbox relay lag (s): event type, rows, mean, max"
    $P -c "select event_type, count(*), round(avg(extract(epoch from published_at - created_at))::numeric, 3),
             round(max(extract(epoch from published_at - created_at))::numeric, 3) from outbox_event group by 1 order by 1" "${DB[$m]}"
  done
  $P -c "select payload::json->>'inspectionId', payload::json->>'standardCode', extract(epoch from published_at)
         from outbox_event where event_type = 'cc.inspection.item-failed.v1'" "${DB[inspection-service]}" > "$WORK/failed.csv"
  $P -c "select source_ref, standard_code, extract(epoch from opened_at) from rectification_order" "${DB[accountability-service]}" > "$WORK/opened.csv"
  python3 - "$WORK/failed.csv" "$WORK/opened.csv" <<'PY'
import csv, sys
failed = {(r[0], r[1]): float(r[2]) for r in csv.reader(open(sys.argv[1])) if r[2]}
opened = {(r[0], r[1]): float(r[2]) for r in csv.reader(open(sys.argv[2]))}
pairs = sorted((failed[k], opened[k]) for k in failed if k in opened)
if not pairs:
    sys.exit("no matched items")
lag = sorted(o - f for f, o in pairs)
q = lambda p: lag[min(len(lag) - 1, int(p * len(lag)))]
span = max(o for _, o in pairs) - min(o for _, o in pairs)
print(f"-- accountability consumer: {len(pairs)} failed items matched; lag from item-failed published to order opened "
      f"p50 {q(0.5):.2f} s, p99 {q(0.99):.2f} s, max {lag[-1]:.2f} s; orders opened at {len(pairs) / span:.1f}/s over {span:.1f} s")
PY
}

# ------------------------------------------------------------------------------------------------ parts

part_baseline() {
  local out=$RESULTS/baseline${TAG:+-$TAG}; mkdir -p "$out"
  log "baseline: pgbench single-row insert, 32 clients, 20 s"
  fresh_db cc_pgbench_bench
  $PG -c "create table bench_insert (id bigserial primary key, v int not null, at timestamptz not null default now())" cc_pgbench_bench
  printf '\\set v random(1, 1000000)\ninsert into bench_insert (v) values (:v);\n' > "$WORK/insert.sql"
  cp "$WORK/insert.sql" "$out/pgbench-insert.sql"
  $PGBENCH -h 127.0.0.1 -U postgres -n -c 32 -j 2 -T 20 -P 5 -f "$WORK/insert.sql" cc_pgbench_bench > "$out/pgbench.txt" 2>&1
  grep -E "^tps|latency average|number of transactions actually" "$out/pgbench.txt" >&2
  log "baseline: the same insert from one client, 10 s (the latency of one sequential commit, as a serial consumer sees it)"
  $PGBENCH -h 127.0.0.1 -U postgres -n -c 1 -j 1 -T 10 -f "$WORK/insert.sql" cc_pgbench_bench > "$out/pgbench-1client.txt" 2>&1
  grep -E "^tps|latency average" "$out/pgbench-1client.txt" >&2
  $PG -c "drop database if exists cc_pgbench_bench with (force)" postgres

  log "baseline: Kafka ProducerPerformance, 1 KiB records, acks=all, idempotent"
  $JAVA -Xmx256m -cp "$KAFKA_HOME/lib/*" org.apache.kafka.tools.ProducerPerformance \
    --topic "${PREFIX}perf" --num-records 300000 --record-size 1024 --throughput -1 \
    --producer-props bootstrap.servers=127.0.0.1:9092 acks=all enable.idempotence=true linger.ms=5 \
    > "$out/kafka-producer-perf.txt" 2>&1 || true
  tail -1 "$out/kafka-producer-perf.txt" >&2
  log "baseline: Kafka ProducerPerformance, 1 KiB records, acks=all, one at a time (max.in.flight=1, linger 0): a relay-like pattern"
  $JAVA -Xmx256m -cp "$KAFKA_HOME/lib/*" org.apache.kafka.tools.ProducerPerformance \
    --topic "${PREFIX}perf1" --num-records 30000 --record-size 1024 --throughput -1 \
    --producer-props bootstrap.servers=127.0.0.1:9092 acks=all enable.idempotence=true linger.ms=0 max.in.flight.requests.per.connection=1 \
    > "$out/kafka-producer-perf-inflight1.txt" 2>&1 || true
  tail -1 "$out/kafka-producer-perf-inflight1.txt" >&2
  delete_prefixed_topics
}

part_chain() {
  local out=$RESULTS/chain${TAG:+-$TAG}; mkdir -p "$out"
  local modules=(task-service inspection-service accountability-service notification-service)
  for m in "${modules[@]}"; do fresh_db "${DB[$m]}"; done
  JFR_DIR=$out/jfr
  create_prefixed_topics
  log "chain: starting the four services together (prefix $PREFIX)"
  for m in "${modules[@]}"; do
    start_service "$m" -Dquarkus.flyway.clean-at-start=true -Dquarkus.flyway.clean-disabled=false
  done
  { echo "module,ready_ms_all_four_started_together"; for m in "${modules[@]}"; do echo "$m,$(wait_ready "$m")"; done; } > "$out/startup-parallel.csv"
  cat "$out/startup-parallel.csv" >&2
  sleep 10
  { echo "module,rss_mib_idle_after_ready"; for m in "${modules[@]}"; do echo "$m,$(rss_mib "$(cat "$WORK/$m.pid")")"; done; } > "$out/rss-idle.csv"
  start_sampler "$out/rss-under-load.csv" "${modules[@]}"
  local rc=0
  timeout 540 $JAVA -Xmx512m -cp "$(bench_cp)" gov.chuangcheng.bench.Main chain \
    --task http://127.0.0.1:38081 --inspection http://127.0.0.1:38082 --accountability http://127.0.0.1:38083 \
    --notification http://127.0.0.1:38084 --kafka 127.0.0.1:9092 --prefix $PREFIX --out $out \
    --rates ${RATES:-25,50,100,200} --seconds ${SECONDS_PER_RATE:-30} --points ${POINTS:-1500} \
    2> >(tee "$out/chain-log.txt" >&2) || rc=$?
  stop_sampler
  {
    echo "-- accountability: orders by status"; $PG -Atc "select status, count(*) from rectification_order group by 1" "${DB[accountability-service]}"
    echo "-- accountability: unprocessed outbox rows"; $PG -Atc "select count(*) from outbox_event where published_at is null" "${DB[accountability-service]}" 2>&1 || true
    echo "-- notification: webhook deliveries by status"; $PG -Atc "select status, count(*) from webhook_delivery group by 1" "${DB[notification-service]}"
    echo "-- notification: notifications by channel/status"; $PG -Atc "select channel, status, count(*) from notification group by 1, 2" "${DB[notification-service]}" 2>&1 || true
    echo "-- inspection: inspections"; $PG -Atc "select count(*) from inspection" "${DB[inspection-service]}"
  } > "$out/db-counts.txt" 2>&1 || true
  for m in "${modules[@]}"; do grep -E "ERROR|WARN" "$WORK/$m.log" | tail -30 > "$out/$m-warnings.txt" || true; done
  cleanup
  stage_lags "$out" > "$out/stage-lags.txt" 2>&1 || true
  cat "$out/stage-lags.txt" >&2
  if [ -d "$out/jfr" ]; then
    for f in "$out"/jfr/*.jfr; do python3 "$BENCH/jfr-top.py" "$f" > "${f%.jfr}-top.txt" 2>&1 || true; done
  fi
  delete_prefixed_topics
  [ $rc = 0 ] || { log "chain load generator failed ($rc)"; return $rc; }
}

part_sweep() {
  local out=$RESULTS/sweep${TAG:+-$TAG}; mkdir -p "$out"
  local n=${SWEEP_ORDERS:-1000000} m=accountability-service db=${DB[accountability-service]}
  fresh_db "$db"
  log "sweep: migrating $db (sweeper off) and publishing a 24×7 calendar"
  start_service $m -Dquarkus.flyway.clean-at-start=true -Dquarkus.flyway.clean-disabled=false -Dcc.escalation.sweep-every=off
  wait_ready $m > /dev/null
  local token year; token=$(office_token); year=$(TZ=Asia/Shanghai date +%Y)
  curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"zone":"Asia/Shanghai","allDaysWorking":true,"days":[]}' "http://127.0.0.1:38083/calendar/$year"
  stop_service $m
  log "sweep: generating $n open orders, 1 % with a due step"
  local t0=$(date +%s%N)
  $PG -v n="$n" -v spread="${SWEEP_SPREAD:-0}" -f "$BENCH/sql/accountability-sweep-data.sql" "$db" > "$out/generate.txt" 2>&1
  echo "generated $n orders in $(( ($(date +%s%N) - t0) / 1000000 )) ms" >> "$out/generate.txt"
  $PG -Atc "select 'orders', count(*) from rectification_order union all select 'pending steps', count(*) from escalation_step where fired_at is null union all select 'due steps', count(*) from escalation_step where fired_at is null and due_at <= now()" "$db" >> "$out/generate.txt"
  cat "$out/generate.txt" >&2
  $PG -f "$BENCH/sql/sweep-explain.sql" "$db" > "$out/explain.txt" 2>&1
  log "sweep: starting accountability-service with the sweeper every 1 s"
  local due_before; due_before=$($PG -Atc "select count(*) from escalation_step where fired_at is null and due_at <= now()" "$db")
  start_service $m -Dquarkus.flyway.clean-at-start=false -Dcc.escalation.sweep-every=1s
  local ready; ready=$(wait_ready $m)
  local start_ms; start_ms=$(date +%s%3N)
  echo "epoch_ms,due_pending" > "$out/drain.csv"
  local left=$due_before
  for _ in $(seq 1 600); do
    left=$($PG -Atc "select count(*) from escalation_step where fired_at is null and due_at <= '$(date -u -d @$((start_ms/1000)) +%FT%TZ)'" "$db")
    echo "$(date +%s%3N),$left" >> "$out/drain.csv"
    [ "$left" = 0 ] && break
    sleep 0.5
  done
  local end_ms; end_ms=$(date +%s%3N)
  {
    echo "orders=$n due_before=$due_before ready_ms=$ready left=$left drain_ms_after_ready=$((end_ms - start_ms))"
    echo "-- batches (each batch commits with one fired_at): count, first, last"
    $PG -Atc "select count(distinct fired_at), min(fired_at), max(fired_at), count(*) from escalation_step where fired_at is not null" "$db"
    echo "-- per sweeper run (batches closer than 0.9 s belong to one run): orders per run, run duration incl. last batch estimate"
    $PG -f "$BENCH/sql/sweep-runs.sql" "$db"
  } > "$out/sweep.txt" 2>&1
  cat "$out/sweep.txt" >&2
  grep -E "ERROR|WARN" "$WORK/$m.log" | tail -30 > "$out/warnings.txt" || true
  cleanup
  delete_prefixed_topics
}

part_dashboards() {
  local out=$RESULTS/dashboards${TAG:+-$TAG}; mkdir -p "$out"
  local modules=(task-service inspection-service accountability-service)
  for m in "${modules[@]}"; do fresh_db "${DB[$m]}"; done
  for m in "${modules[@]}"; do
    start_service "$m" -Dquarkus.flyway.clean-at-start=true -Dquarkus.flyway.clean-disabled=false -Dcc.escalation.sweep-every=off
  done
  for m in "${modules[@]}"; do wait_ready "$m" > /dev/null; done
  local token; token=$(office_token)
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: text/csv; charset=UTF-8' \
    --data-binary @"$ROOT/scripts/seed/evaluation-system.csv" http://127.0.0.1:38081/evaluation-systems/BENCH-D/import
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" http://127.0.0.1:38081/evaluation-systems/BENCH-D/activate
  for _ in $(seq 1 120); do  # inspection-service learns the standards from cc.evaluation.v1
    [ "$($PG -Atc 'select count(*) from catalogue_standard' "${DB[inspection-service]}")" -gt 0 ] && break
    sleep 0.5
  done
  log "dashboards: generating the data set in SQL"
  local t0
  { t0=$(date +%s%N); $PG -v units="${DASH_UNITS:-2000}" -v tasks="${DASH_TASKS:-100000}" -f "$BENCH/sql/task-dashboard-data.sql" "${DB[task-service]}"; echo "task-service data: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    t0=$(date +%s%N); $PG -v units="${DASH_UNITS:-2000}" -v n="${DASH_ORDERS:-1000000}" -f "$BENCH/sql/accountability-dashboard-data.sql" "${DB[accountability-service]}"; echo "accountability-service data: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    t0=$(date +%s%N); $PG -v units="${DASH_UNITS:-2000}" -v n="${DASH_INSPECTIONS:-100000}" -f "$BENCH/sql/inspection-dashboard-data.sql" "${DB[inspection-service]}"; echo "inspection-service data: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  } > "$out/generate.txt" 2>&1
  {
    echo "-- task-service"; $PG -Atc "select 'units', count(*) from unit union all select 'tasks', count(*) from task union all select 'task_standard', count(*) from task_standard union all select 'dash_point_result', count(*) from dash_point_result" "${DB[task-service]}"
    echo "-- accountability-service"; $PG -Atc "select 'directory_unit', count(*) from directory_unit union all select 'orders', count(*) from rectification_order union all select 'closed orders', count(*) from rectification_order where status = 'CLOSED' union all select 'ledger_entry', count(*) from ledger_entry union all select 'ledger_unit', count(*) from ledger_unit" "${DB[accountability-service]}"
    echo "-- inspection-service"; $PG -Atc "select 'points', count(*) from point union all select 'inspections', count(*) from inspection union all select 'inspection_item', count(*) from inspection_item" "${DB[inspection-service]}"
  } >> "$out/generate.txt" 2>&1
  cat "$out/generate.txt" >&2
  start_sampler "$out/rss-under-load.csv" "${modules[@]}"
  local to from; to=$(TZ=Asia/Shanghai date +%F); from=$(TZ=Asia/Shanghai date -d '29 days ago' +%F)
  : > "$out/http-load.jsonl"
  local week; week=$(TZ=Asia/Shanghai date -d '7 days ago' +%F)
  for url in "http://127.0.0.1:38081/dashboard" "http://127.0.0.1:38083/ledger/ranking" \
             "http://127.0.0.1:38083/ledger/ranking?period=week&date=$week" \
             "http://127.0.0.1:38083/ledger/ranking?period=month&date=$to" \
             "http://127.0.0.1:38082/statistics/pass-rates?from=$from&to=$to&by=unit" \
             "http://127.0.0.1:38082/statistics/pass-rates?from=$from&to=$to&by=standard"; do
    log "dashboards: ${DASH_CLIENTS:-16} clients × ${DASH_SECONDS:-20} s on $url"
    timeout 200 $JAVA -Xmx256m -cp "$(bench_cp)" gov.chuangcheng.bench.Main http --url "$url" \
      --clients "${DASH_CLIENTS:-16}" --seconds "${DASH_SECONDS:-20}" >> "$out/http-load.jsonl" 2>> "$out/http-load-errors.txt" || \
      echo "{\"url\":\"$url\",\"error\":\"load generator failed or timed out\"}" >> "$out/http-load.jsonl"
    tail -1 "$out/http-load.jsonl" >&2
  done
  stop_sampler
  $PG -f "$BENCH/sql/dashboard-explain.sql" "${DB[task-service]}" > "$out/explain-task.txt" 2>&1 || true
  $PG -f "$BENCH/sql/ranking-explain.sql" "${DB[accountability-service]}" > "$out/explain-ranking.txt" 2>&1 || true
  $PG -f "$BENCH/sql/statistics-explain.sql" "${DB[inspection-service]}" > "$out/explain-statistics.txt" 2>&1 || true
  for m in "${modules[@]}"; do grep -E "ERROR|WARN|OutOfMemory" "$WORK/$m.log" | tail -30 > "$out/$m-warnings.txt" || true; done
  cleanup
  delete_prefixed_topics
}

part_footprint() {
  local out=$RESULTS/footprint${TAG:+-$TAG}; mkdir -p "$out"
  echo "module,ready_ms_alone,rss_mib_at_ready,rss_mib_idle_15s,quarkus_started_in" > "$out/startup-alone.csv"
  for m in task-service inspection-service accountability-service notification-service; do
    fresh_db "${DB[$m]}"
    start_service "$m" -Dquarkus.flyway.clean-at-start=true -Dquarkus.flyway.clean-disabled=false
    local ready rss0 rss1 started
    ready=$(wait_ready "$m"); rss0=$(rss_mib "$(cat "$WORK/$m.pid")")
    sleep 15; rss1=$(rss_mib "$(cat "$WORK/$m.pid")")
    started=$(grep -o 'started in [0-9.]*s' "$WORK/$m.log" | head -1 | awk '{print $3}')
    echo "$m,$ready,$rss0,$rss1,$started" >> "$out/startup-alone.csv"
    stop_service "$m"
  done
  cat "$out/startup-alone.csv" >&2
  delete_prefixed_topics
}

parts=("$@")
[ ${#parts[@]} = 0 ] && parts=(all)
[ "${parts[0]}" = all ] && parts=(baseline chain footprint sweep dashboards)
machine "${parts[@]}"
for p in "${parts[@]}"; do
  case $p in
    baseline|chain|sweep|dashboards|footprint) log "== $p"; "part_$p" ;;
    *) echo "unknown part $p (baseline|chain|sweep|dashboards|footprint|all)" >&2; exit 2 ;;
  esac
done
log "results in $RESULTS"
