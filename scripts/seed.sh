#!/usr/bin/env bash
# Loads the seed data (scripts/seed/*.json) through the services' public APIs with a real office token.
# Idempotent: what exists already (409) is left as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
TASK=${TASK_URL:-http://127.0.0.1:8081}
ACCOUNTABILITY=${ACCOUNTABILITY_URL:-http://127.0.0.1:8083}
TOKEN=$(curl -sf http://127.0.0.1:8180/realms/chuangcheng/protocol/openid-connect/token \
  -d grant_type=password -d client_id=chuangcheng-web -d client_secret=chuangcheng-web-secret \
  -d username=office1 -d password=office1 | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')

python3 - "$TASK" "$TOKEN" <<'PY'
import json, sys, urllib.request, urllib.error
base, token = sys.argv[1], sys.argv[2]
created = existing = 0
for unit in json.load(open("scripts/seed/units.json", encoding="utf-8")):
    req = urllib.request.Request(base + "/units", data=json.dumps(unit).encode(), method="POST",
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req)
        created += 1
    except urllib.error.HTTPError as e:
        if e.code != 409:
            sys.exit(f"[seed] unit {unit['code']}: HTTP {e.code} {e.read().decode()}")
        existing += 1
print(f"[seed] units: {created} created, {existing} already there")
PY

# The working calendar (2026 holidays and 调休 make-up days per the State Council notice), entered only once.
for year_file in scripts/seed/calendar-*.json; do
  year=$(basename "$year_file" .json | cut -d- -f2)
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$ACCOUNTABILITY/calendar/$year")
  if [ "$status" = 404 ]; then
    curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      --data-binary @"$year_file" "$ACCOUNTABILITY/calendar/$year"
    echo "[seed] calendar $year: entered"
  else
    echo "[seed] calendar $year: already there"
  fi
done
