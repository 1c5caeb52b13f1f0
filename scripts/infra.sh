#!/usr/bin/env bash
# Local infrastructure for chuangcheng, without Docker:
#   PostgreSQL 15 (Debian package), Kafka 4.1.2 (KRaft, jars from Maven Central),
#   GreenMail 2.1.13 (SMTP/IMAP/POP3 + REST), Keycloak 26.7.3 (realm "chuangcheng").
#
#   scripts/infra.sh up      [component...]   start what is not running (default: all), idempotent
#   scripts/infra.sh down    [component...]   stop what this script started (data is kept)
#   scripts/infra.sh restart [component...]   down + up
#   scripts/infra.sh status  [component...]   one line per component, always exit 0
#   scripts/infra.sh reset                    down, wipe .run/, drop + recreate keycloak and cc_* databases
#   scripts/infra.sh logs    <component>      tail -F the component's log
# Components: postgres kafka greenmail keycloak.  Details: scripts/infra/README.md
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INFRA=$REPO/scripts/infra
RUN=$REPO/.run
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/chuangcheng
HOST=127.0.0.1
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java   # Java 17+; kc.sh picks JAVA_HOME the same way

PG_VERSION=15
PG_CLUSTER=main
PG_PORT=5432
PG_CONF=/etc/postgresql/$PG_VERSION/$PG_CLUSTER
PG_DATA=/var/lib/postgresql/$PG_VERSION/$PG_CLUSTER
PG_LOG=/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log
PG_MARKER=$RUN/postgres.started-by-us
DB_USER=chuangcheng
DB_PASSWORD=chuangcheng
DATABASES=(cc_task cc_inspection cc_accountability cc_notification keycloak
           cc_task_test cc_inspection_test cc_accountability_test cc_notification_test cc_platform_test)
# Databases whose last commits may be lost in a PostgreSQL crash, for speed: Keycloak's local store (its schema
# setup takes half as long) and the test databases, which every test run recreates anyway. The services' own
# databases keep full durability: a committed state change and its outbox event must survive a crash.
FAST_COMMIT_DATABASES=(keycloak cc_task_test cc_inspection_test cc_accountability_test cc_notification_test
                       cc_platform_test)

KAFKA_VERSION=4.1.2
KAFKA_HOME=$CACHE/kafka-$KAFKA_VERSION
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_CLUSTER_ID=MkU3OEVBNTcwNTJENDM2Qg   # fixed, so "format -g" is idempotent

GM_VERSION=2.1.13
GM_HOME=$CACHE/greenmail-$GM_VERSION
GM_JAR=$GM_HOME/greenmail-standalone-$GM_VERSION.jar
GM_SMTP=3025 GM_IMAP=3143 GM_POP3=3110 GM_API=8025

KC_VERSION=26.7.3
KC_HOME=$CACHE/keycloak-$KC_VERSION
KC_PORT=8180
KC_REALM=chuangcheng
KC_REALM_FILE=$INFRA/keycloak/chuangcheng-realm.json
KC_URL=http://$HOST:$KC_PORT
KC_PATTERN='kc\.sh|kc\.home\.dir'   # kc.sh execs java after a re-augmentation, keeping the pid

ALL=(postgres kafka greenmail keycloak)   # start order; down goes in reverse

# ---------------------------------------------------------------- helpers

log()  { echo "[infra] $*"; }
warn() { echo "[infra] WARNING: $*" >&2; }
die()  { echo "[infra] ERROR: $*" >&2; exit 1; }

if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi

now() { date +%s.%N; }
since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }'; }

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
http_ok()   { curl -sf -o /dev/null --max-time 2 "$1"; }

port_closed() { ! port_open "$1"; }

# alive <pid>: process exists and is not a zombie (a child we started that died stays a zombie until reaped)
alive() {
  local st
  st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "${st%% *}" != Z ]
}
gone() { ! alive "$1"; }

# pid_of <pidfile> <cmdline-ERE>: prints the pid if the process is alive and is what we started
pid_of() {
  local pidfile=$1 pattern=$2 pid
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  alive "$pid" || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -Eq -- "$pattern" || return 1
  echo "$pid"
}

# wait_for <seconds> <pid or ""> <command...>: poll until command succeeds (0);
# returns 2 as soon as pid dies, 1 on timeout
wait_for() {
  local timeout=$1 pid=$2; shift 2
  local deadline=$(( $(date +%s) + timeout ))
  until "$@"; do
    if [ -n "$pid" ] && ! alive "$pid"; then return 2; fi
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.25
  done
}

fail_start() {   # fail_start <component> <log> <reason>: show the log tail, stop what we started, exit 1
  echo "[infra] ERROR: $1: $3; last lines of $2:" >&2
  tail -n 60 "$2" >&2 || true
  "${1}_down" >&2 || true
  exit 1
}

# mvn only fetches jars here. It runs from the cache dir, so the project's pom.xml and .mvn/ are never
# picked up. Output is kept in $CACHE/mvn.log and shown only on failure (mvn 3.8 -q still prints ANSI resets).
fetch_mvn() {
  mkdir -p "$CACHE"
  if ! ( cd "$CACHE" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx512m}" mvn -B -q "$@" ) > "$CACHE/mvn.log" 2>&1; then
    cat "$CACHE/mvn.log" >&2
    die "mvn $* failed"
  fi
}

# start_bg <pidfile> <logfile> <command...>: detached from this shell (own session and process group,
# so $! is the pid, the pgid and the sid), stdin from /dev/null, without our lock fd 9
start_bg() {
  local pidfile=$1 logfile=$2; shift 2
  if [ -f "$logfile" ]; then mv -f "$logfile" "$logfile.prev"; fi
  setsid nohup "$@" > "$logfile" 2>&1 < /dev/null 9>&- &
  echo $! > "$pidfile"
}

# stop_pid <name> <pidfile> <pattern> <group:yes|no> <port...>
stop_pid() {
  local name=$1 pidfile=$2 pattern=$3 group=$4; shift 4
  local pid t0 target p
  t0=$(now)
  if pid=$(pid_of "$pidfile" "$pattern"); then
    if [ "$group" = yes ]; then target="-$pid"; else target="$pid"; fi
    kill -TERM -- "$target" 2>/dev/null || true
    if ! wait_for 60 "" gone "$pid"; then
      warn "$name: pid $pid still alive after 60 s, sending SIGKILL"
      kill -KILL -- "$target" 2>/dev/null || true
      wait_for 10 "" gone "$pid" || true
    fi
    for p in "$@"; do
      wait_for 30 "" port_closed "$p" || warn "$name: port $p still open"
    done
    rm -f "$pidfile"
    log "$name: stopped (pid $pid) in $(since "$t0") s"
  else
    rm -f "$pidfile"
    if port_open "$1"; then
      log "$name: running on port $1 but not started by infra.sh -> left alone"
    else
      log "$name: not running"
    fi
  fi
}

psql_admin() { psql -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

# Local dev/test databases: synchronous_commit=off makes schema migrations (Keycloak's Liquibase, Flyway
# clean+migrate in tests) much faster; a PostgreSQL crash can lose the last few commits, never corrupt data.
create_database() {
  psql_admin -c "CREATE DATABASE $1 OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0"
}

create_missing_databases() {
  local existing db
  existing=$(psql_admin -c "SELECT datname FROM pg_database")
  for db in "${DATABASES[@]}"; do
    if ! grep -qx "$db" <<<"$existing"; then
      create_database "$db"
      log "postgres: created database $db"
    fi
  done
  # setting the same values again changes nothing
  psql_admin -c "$(printf 'ALTER DATABASE %s SET synchronous_commit = off;' "${FAST_COMMIT_DATABASES[@]}")"
  psql_admin -c "$(printf 'ALTER DATABASE %s RESET synchronous_commit;' cc_task cc_inspection cc_accountability cc_notification)"
}

recreate_database() {   # drop (kicking out open sessions) and create
  psql_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
  create_database "$1"
}

# ---------------------------------------------------------------- postgres

pg_ready() { pg_isready -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres; }  # -U: no "role root" FATAL in the log
pg_running() { $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; }

postgres_up() {
  local t0 hba=$PG_CONF/pg_hba.conf hba_changed=no
  t0=$(now)
  if ! command -v pg_ctlcluster >/dev/null || [ ! -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]; then
    log "postgres: postgresql-$PG_VERSION not installed, installing with apt-get"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$PG_VERSION" >/dev/null 9>&-
  fi
  if [ ! -d "$PG_CONF" ]; then
    log "postgres: creating cluster $PG_VERSION/$PG_CLUSTER"
    $SUDO pg_createcluster "$PG_VERSION" "$PG_CLUSTER" >/dev/null 9>&-
  fi
  # loopback TCP: trust (the default is scram-sha-256); the file is only touched when a line still needs it
  if awk '$1 == "host" && $2 == "all" && $3 == "all" && ($4 == "127.0.0.1/32" || $4 == "::1/128") && $5 != "trust" { f = 1 }
          END { exit !f }' "$hba"; then
    $SUDO sed -i -E 's#^(host\s+all\s+all\s+(127\.0\.0\.1/32|::1/128)\s+)\S+#\1trust#' "$hba"
    hba_changed=yes
  fi

  if pg_running; then
    if [ $hba_changed = yes ]; then
      $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" reload
      log "postgres: pg_hba.conf set to trust on loopback, reloaded"
    fi
    if [ -f "$PG_MARKER" ]; then
      log "postgres: already running (started by infra.sh)"
    else
      log "postgres: already running (not started by infra.sh; down will leave it alone)"
    fi
  else
    $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start 9>&-   # the postmaster must not inherit our lock
    mkdir -p "$RUN"
    date -Is > "$PG_MARKER"
    wait_for 30 "" pg_ready || die "postgres: not ready after 30 s (see $PG_LOG)"
    log "postgres: started in $(since "$t0") s"
  fi
  wait_for 30 "" pg_ready || die "postgres: not accepting connections (see $PG_LOG)"

  local role
  role=$(psql_admin -c "SELECT rolcanlogin AND rolcreatedb FROM pg_roles WHERE rolname = '$DB_USER'")
  if [ -z "$role" ]; then
    psql_admin -c "CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'"
    log "postgres: created role $DB_USER"
  elif [ "$role" != t ]; then
    psql_admin -c "ALTER ROLE $DB_USER LOGIN CREATEDB"
    log "postgres: role $DB_USER granted LOGIN CREATEDB"
  fi
  create_missing_databases
}

postgres_down() {
  if [ -f "$PG_MARKER" ]; then
    if pg_running; then
      local t0; t0=$(now)
      $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop
      log "postgres: stopped in $(since "$t0") s"
    else
      log "postgres: not running"
    fi
    rm -f "$PG_MARKER"
  elif pg_running; then
    log "postgres: running but not started by infra.sh -> left alone"
  else
    log "postgres: not running"
  fi
}

postgres_status() {
  local pid=- by=
  if pg_running && pg_ready; then
    pid=$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null || echo '?')
    if [ -f "$PG_MARKER" ]; then by="started by infra.sh"; else by="external"; fi
    status_line postgres UP "$pid" "$HOST:$PG_PORT" "$by"
  else
    status_line postgres DOWN - "$HOST:$PG_PORT" ""
  fi
}

# ---------------------------------------------------------------- kafka

kafka_install() {
  # re-resolve when the lib dir is missing or the pom changed
  if [ -d "$KAFKA_HOME/lib" ] && cmp -s "$INFRA/kafka/pom.xml" "$KAFKA_HOME/pom.xml"; then return; fi
  local t0; t0=$(now)
  log "kafka: resolving Kafka $KAFKA_VERSION jars from Maven Central into $KAFKA_HOME/lib"
  mkdir -p "$KAFKA_HOME"
  rm -rf "${KAFKA_HOME:?}/lib" "${KAFKA_HOME:?}/lib.tmp"
  cp "$INFRA/kafka/pom.xml" "$KAFKA_HOME/pom.xml.tmp"
  fetch_mvn -f "$KAFKA_HOME/pom.xml.tmp" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_HOME/lib.tmp" -DincludeScope=runtime
  mv "$KAFKA_HOME/lib.tmp" "$KAFKA_HOME/lib"
  mv "$KAFKA_HOME/pom.xml.tmp" "$KAFKA_HOME/pom.xml"
  log "kafka: $(find "$KAFKA_HOME/lib" -name '*.jar' | wc -l) jars fetched in $(since "$t0") s"
}

kafka_up() {
  local dir=$RUN/kafka t0 pid rc=0
  t0=$(now)
  if pid=$(pid_of "$dir/pid" kafka.Kafka); then
    if port_open "$KAFKA_PORT"; then log "kafka: already running (pid $pid)"; return; fi
    log "kafka: pid $pid alive but port $KAFKA_PORT closed, waiting"
    wait_for 60 "$pid" port_open "$KAFKA_PORT" || fail_start kafka "$dir/kafka.log" "port $KAFKA_PORT not open"
    return
  fi
  if port_open "$KAFKA_PORT"; then
    log "kafka: port $KAFKA_PORT already answers but no pid file -> reusing it (down will leave it alone)"
    return
  fi
  kafka_install
  mkdir -p "$dir/data"
  rm -f "$dir/pid"
  sed "s#@LOG_DIRS@#$dir/data#" "$INFRA/kafka/server.properties" > "$dir/server.properties"
  if [ ! -f "$dir/data/meta.properties" ]; then
    "$JAVA" -Xmx256m -cp "$KAFKA_HOME/lib/*" -Dlog4j2.configurationFile="$INFRA/kafka/log4j2-tools.properties" \
      kafka.tools.StorageTool format -g -t "$KAFKA_CLUSTER_ID" -c "$dir/server.properties" >/dev/null
    log "kafka: formatted $dir/data (cluster id $KAFKA_CLUSTER_ID)"
  fi
  start_bg "$dir/pid" "$dir/kafka.log" \
    "$JAVA" -Xms128m -Xmx512m -cp "$KAFKA_HOME/lib/*" \
      -Dlog4j2.configurationFile="$INFRA/kafka/log4j2.properties" \
      kafka.Kafka "$dir/server.properties"
  pid=$(cat "$dir/pid")
  wait_for 60 "$pid" grep -q 'Kafka Server started' "$dir/kafka.log" || rc=$?
  case $rc in
    0) log "kafka: started in $(since "$t0") s (pid $pid)" ;;
    2) fail_start kafka "$dir/kafka.log" "process exited" ;;
    *) fail_start kafka "$dir/kafka.log" "no 'Kafka Server started' within 60 s" ;;
  esac
}

kafka_down()   { stop_pid kafka "$RUN/kafka/pid" kafka.Kafka no "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; }
kafka_status() { generic_status kafka "$RUN/kafka/pid" kafka.Kafka "$KAFKA_PORT" "$HOST:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT)"; }

# ---------------------------------------------------------------- greenmail

greenmail_install() {
  [ -f "$GM_JAR" ] && return
  local t0; t0=$(now)
  log "greenmail: fetching greenmail-standalone $GM_VERSION"
  mkdir -p "$GM_HOME"
  fetch_mvn dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GM_VERSION" -DoutputDirectory="$GM_HOME"
  log "greenmail: fetched in $(since "$t0") s"
}

greenmail_up() {
  local dir=$RUN/greenmail t0 pid rc=0
  local ready=http://$HOST:$GM_API/api/service/readiness
  t0=$(now)
  if pid=$(pid_of "$dir/pid" greenmail-standalone); then
    if http_ok "$ready"; then log "greenmail: already running (pid $pid)"; return; fi
    log "greenmail: pid $pid alive but API not ready, waiting"
    wait_for 30 "$pid" http_ok "$ready" || fail_start greenmail "$dir/greenmail.log" "API not ready"
    return
  fi
  if port_open "$GM_API" || port_open "$GM_SMTP"; then   # probing SMTP makes GreenMail log a stack trace
    log "greenmail: port $GM_SMTP/$GM_API already answers but no pid file -> reusing it (down will leave it alone)"
    return
  fi
  greenmail_install
  mkdir -p "$dir"
  rm -f "$dir/pid"
  start_bg "$dir/pid" "$dir/greenmail.log" \
    "$JAVA" -Xmx128m \
      -Dgreenmail.setup.test.all \
      -Dgreenmail.hostname="$HOST" \
      -Dgreenmail.api.port="$GM_API" -Dgreenmail.api.hostname="$HOST" \
      -Dgreenmail.users.login=email \
      -Dgreenmail.users=noreply:secret@chuangcheng.local \
      -jar "$GM_JAR"
  pid=$(cat "$dir/pid")
  wait_for 30 "$pid" http_ok "$ready" || rc=$?
  case $rc in
    0) log "greenmail: started in $(since "$t0") s (pid $pid)" ;;
    2) fail_start greenmail "$dir/greenmail.log" "process exited" ;;
    *) fail_start greenmail "$dir/greenmail.log" "API not ready within 30 s" ;;
  esac
}

greenmail_down()   { stop_pid greenmail "$RUN/greenmail/pid" greenmail-standalone no "$GM_API" "$GM_SMTP" "$GM_IMAP" "$GM_POP3"; }
greenmail_status() { generic_status greenmail "$RUN/greenmail/pid" greenmail-standalone "$GM_API" "smtp $HOST:$GM_SMTP imap $GM_IMAP pop3 $GM_POP3 api $GM_API"; }

# ---------------------------------------------------------------- keycloak

keycloak_install() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return
  local t0 tmp; t0=$(now)
  log "keycloak: fetching keycloak-quarkus-dist $KC_VERSION (169 MiB zip)"
  tmp=$CACHE/.keycloak-$KC_VERSION.tmp
  rm -rf "$tmp"; mkdir -p "$tmp"
  fetch_mvn dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$tmp"
  unzip -q "$tmp/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$tmp"
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  log "keycloak: unpacked into $KC_HOME in $(since "$t0") s"
}

keycloak_realm_sha() { sha256sum "$KC_REALM_FILE" | cut -d' ' -f1; }
kc_ready() { http_ok "$KC_URL/realms/$KC_REALM/.well-known/openid-configuration"; }

keycloak_up() {
  local dir=$RUN/keycloak t0 pid rc=0 sha old=
  t0=$(now)
  python3 "$INFRA/keycloak/embed-user-profile.py" --check \
    || die "keycloak: realm file is out of date with user-profile.json"
  sha=$(keycloak_realm_sha)
  [ -f "$dir/realm.sha256" ] && old=$(cat "$dir/realm.sha256")

  if pid=$(pid_of "$dir/pid" "$KC_PATTERN"); then
    if [ "$sha" = "$old" ] && port_open "$KC_PORT"; then
      wait_for 180 "$pid" kc_ready || fail_start keycloak "$dir/keycloak.log" "realm $KC_REALM not served"
      log "keycloak: already running (pid $pid)"
      return
    fi
    log "keycloak: realm file changed since Keycloak was started -> restarting to re-import"
    keycloak_down
  elif port_open "$KC_PORT"; then
    log "keycloak: port $KC_PORT already answers but no pid file -> reusing it (down will leave it alone)"
    [ "$sha" = "$old" ] || warn "keycloak: realm file may have changed; cannot re-import into a Keycloak infra.sh did not start"
    return
  fi

  # Keycloak's state lives in database "keycloak"
  if pg_ready; then create_missing_databases; else postgres_up; fi
  keycloak_install
  mkdir -p "$dir" "$KC_HOME/data/import"
  rm -f "$dir/pid"
  if [ "$sha" != "$old" ]; then
    # import skips a realm that exists, so a changed realm file needs an empty database
    rm -f "$dir/realm.sha256"
    recreate_database keycloak
    log "keycloak: realm file new or changed -> database keycloak recreated, realm will be imported"
  fi
  cp "$KC_REALM_FILE" "$KC_HOME/data/import/$KC_REALM-realm.json"

  # kc.sh uses JAVA_OPTS_KC_HEAP only when JAVA_OPTS is unset
  start_bg "$dir/pid" "$dir/keycloak.log" \
    env -u JAVA_OPTS JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
      KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      "$KC_HOME/bin/kc.sh" start-dev \
        --http-host="$HOST" --http-port="$KC_PORT" --import-realm \
        --db=postgres --db-url-host="$HOST" --db-url-port="$PG_PORT" --db-url-database=keycloak \
        --db-username="$DB_USER" --db-password="$DB_PASSWORD"
  pid=$(cat "$dir/pid")
  wait_for 180 "$pid" kc_ready || rc=$?
  case $rc in
    0) echo "$sha" > "$dir/realm.sha256"
       log "keycloak: started in $(since "$t0") s (pid $pid)" ;;
    2) fail_start keycloak "$dir/keycloak.log" "process exited" ;;
    *) fail_start keycloak "$dir/keycloak.log" "realm $KC_REALM not served within 180 s" ;;
  esac
}

# kc.sh forks java: signal the whole process group (kc.sh was started as a session leader)
keycloak_down()   { stop_pid keycloak "$RUN/keycloak/pid" "$KC_PATTERN" yes "$KC_PORT"; }
keycloak_status() { generic_status keycloak "$RUN/keycloak/pid" "$KC_PATTERN" "$KC_PORT" "$KC_URL/realms/$KC_REALM"; }

# ---------------------------------------------------------------- status / summary

status_line() { printf '%-10s %-5s pid %-8s %s%s\n' "$1" "$2" "$3" "$4" "${5:+  ($5)}"; }

generic_status() {   # <name> <pidfile> <pattern> <port> <endpoint text>
  local pid
  if port_open "$4"; then
    if pid=$(pid_of "$2" "$3"); then status_line "$1" UP "$pid" "$5" "started by infra.sh"
    else status_line "$1" UP - "$5" "external"; fi
  else
    if pid=$(pid_of "$2" "$3"); then status_line "$1" DOWN "$pid" "$5" "process alive, port closed"
    else status_line "$1" DOWN - "$5" ""; fi
  fi
}

summary() {
  local c
  echo "[infra] endpoints:"
  for c in "$@"; do
    case $c in
      postgres)  echo "  PostgreSQL  jdbc:postgresql://$HOST:$PG_PORT/<db>  user $DB_USER/$DB_PASSWORD  dbs: ${DATABASES[*]}" ;;
      kafka)     echo "  Kafka       bootstrap $HOST:$KAFKA_PORT  (topics auto-created)" ;;
      greenmail) echo "  GreenMail   smtp://$HOST:$GM_SMTP  imap $GM_IMAP  pop3 $GM_POP3  REST http://$HOST:$GM_API/api/user/<addr>/messages/INBOX" ;;
      keycloak)  echo "  Keycloak    $KC_URL/realms/$KC_REALM  (admin console $KC_URL/admin  admin/admin)" ;;
    esac
  done
  echo "  state/logs  $RUN"
}

# ---------------------------------------------------------------- commands

LIST=()
select_components() {   # validates names, sets LIST in start order (all when none given)
  local c a ok
  LIST=()
  for a in "$@"; do
    ok=no; for c in "${ALL[@]}"; do if [ "$a" = "$c" ]; then ok=yes; fi; done
    [ $ok = yes ] || die "unknown component '$a' (known: ${ALL[*]})"
  done
  for c in "${ALL[@]}"; do
    if [ $# -eq 0 ]; then LIST+=("$c"); continue; fi
    for a in "$@"; do if [ "$a" = "$c" ]; then LIST+=("$c"); break; fi; done
  done
}

lock() {
  mkdir -p "$RUN"
  exec 9> "$RUN/infra.lock"
  flock -w 600 9 || die "another infra.sh is running (lock $RUN/infra.lock)"
}

cmd_up() {
  local t0 c; t0=$(now)
  select_components "$@"
  for c in "${LIST[@]}"; do "${c}_up"; done
  log "up done in $(since "$t0") s"
  summary "${LIST[@]}"
}

cmd_down() {
  local i
  select_components "$@"
  for (( i=${#LIST[@]}-1; i>=0; i-- )); do "${LIST[i]}_down"; done
}

cmd_status() {
  local c
  select_components "$@"
  for c in "${LIST[@]}"; do "${c}_status"; done
}

cmd_reset() {
  local db dbs
  cmd_down
  # keep the lock file we hold; everything else in .run/ goes (Kafka data, pid files, logs, realm checksum)
  find "${RUN:?}" -mindepth 1 -maxdepth 1 ! -name infra.lock -exec rm -rf {} +
  log "reset: wiped $RUN"
  postgres_up
  # our list plus any other cc_* database (e.g. one a test created)
  mapfile -t dbs < <({ printf '%s\n' "${DATABASES[@]}"
                       psql_admin -c "SELECT datname FROM pg_database WHERE datname LIKE 'cc\\_%'"; } | sort -u)
  for db in "${dbs[@]}"; do recreate_database "$db"; done
  log "reset: databases dropped and recreated: ${dbs[*]}"
}

cmd_logs() {
  [ $# -eq 1 ] || die "usage: $0 logs <component>"
  local f
  case $1 in
    postgres)  f=$PG_LOG ;;
    kafka)     f=$RUN/kafka/kafka.log ;;
    greenmail) f=$RUN/greenmail/greenmail.log ;;
    keycloak)  f=$RUN/keycloak/keycloak.log ;;
    *) die "unknown component '$1' (known: ${ALL[*]})" ;;
  esac
  [ -f "$f" ] || die "no log yet: $f"
  exec tail -n "${LOG_LINES:-100}" -F "$f"
}

usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

main() {
  local cmd=${1:-}
  [ $# -gt 0 ] && shift
  case $cmd in
    up)      lock; cmd_up "$@" ;;
    down)    lock; cmd_down "$@" ;;
    restart) lock; cmd_down "$@"; cmd_up "$@" ;;
    status)  cmd_status "$@" ;;
    reset)   [ $# -eq 0 ] || die "reset takes no arguments"; lock; cmd_reset ;;
    logs)    cmd_logs "$@" ;;
    -h|--help|help|"") usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
