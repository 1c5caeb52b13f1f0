#!/usr/bin/env bash
# Loads the seed data (scripts/seed/*.json, *.csv) through the services' public APIs with a real office token.
# Idempotent: what exists already (409) is left as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
TASK=${TASK_URL:-http://127.0.0.1:8081}
ACCOUNTABILITY=${ACCOUNTABILITY_URL:-http://127.0.0.1:8083}
TOKEN=$(curl -sf http://127.0.0.1:8180/realms/chuangcheng/protocol/openid-connect/token \
  -d grant_type=password -d client_id=chuangcheng-web -d client_secret=chuangcheng-web-secret \
  -d username=office1 -d password=office1 | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')

python3 - "$TASK" "$TOKEN" <<'PY'
import json, sys, urllib.parse, urllib.request, urllib.error
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

# The evaluation system (测评体系) version 2026 from the office's spreadsheet: import and activate it, unless it is
# already the active version (activation publishes every standard on cc.evaluation.v1).
version, auth = "2026", {"Authorization": "Bearer " + token}
try:
    system = json.load(urllib.request.urlopen(urllib.request.Request(
        f"{base}/evaluation-systems/{version}", headers=auth)))
except urllib.error.HTTPError as e:
    if e.code != 404:
        sys.exit(f"[seed] evaluation system {version}: HTTP {e.code} {e.read().decode()}")
    system = None
if system and system["active"]:
    print(f"[seed] evaluation system {version}: already active")
else:
    name = urllib.parse.quote("全国文明城市测评体系（2026年版）区级摘编")
    try:
        with open("scripts/seed/evaluation-system.csv", "rb") as f:
            urllib.request.urlopen(urllib.request.Request(
                f"{base}/evaluation-systems/{version}/import?name={name}", data=f.read(), method="POST",
                headers={**auth, "Content-Type": "text/csv; charset=utf-8"}))
        activated = json.load(urllib.request.urlopen(urllib.request.Request(
            f"{base}/evaluation-systems/{version}/activate", data=b"", method="POST", headers=auth)))
    except urllib.error.HTTPError as e:
        sys.exit(f"[seed] evaluation system {version}: HTTP {e.code} {e.read().decode()}")
    print(f"[seed] evaluation system {version}: imported and activated, {activated['categoryCount']} categories, "
          f"{activated['indicatorCount']} indicators, {activated['standardCount']} standards")
PY

# The campaign and its evaluation day (from scripts/seed/campaign.json), set only when there is none. If that day is
# less than a week away (or past), the whole schedule moves so that it lies 20 days ahead: a demo always has a
# countdown and room for the seeded tasks' deadlines.
python3 - "$TASK" "$TOKEN" <<'PY'
import datetime, json, sys, urllib.request, urllib.error, zoneinfo
base, token = sys.argv[1], sys.argv[2]
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
try:
    urllib.request.urlopen(urllib.request.Request(base + "/campaign", headers=headers))
    print("[seed] campaign: already there")
except urllib.error.HTTPError as e:
    if e.code != 404:
        sys.exit(f"[seed] campaign: HTTP {e.code} {e.read().decode()}")
    campaign = json.load(open("scripts/seed/campaign.json", encoding="utf-8"))
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Shanghai")).date()
    planned = datetime.date.fromisoformat(campaign["evaluationDate"])
    shift = datetime.timedelta(0)
    if planned < today + datetime.timedelta(days=7):
        shift = today + datetime.timedelta(days=20) - planned
    move = lambda d: (datetime.date.fromisoformat(d) + shift).isoformat()
    campaign["evaluationDate"] = move(campaign["evaluationDate"])
    for phase in campaign["phases"]:
        phase["startsOn"], phase["endsOn"] = move(phase["startsOn"]), move(phase["endsOn"])
    req = urllib.request.Request(base + "/campaign", data=json.dumps(campaign).encode(), method="PUT", headers=headers)
    urllib.request.urlopen(req)
    print(f"[seed] campaign: {campaign['evaluationName']} on {campaign['evaluationDate']}")
PY

# Decomposed tasks (任务分解) from the district leader's speech, due N days from today (Shanghai), never after the
# campaign's evaluation day. A task is identified by its title, lead unit and primary standard: one that exists stays.
python3 - "$TASK" "$TOKEN" <<'PY'
import datetime, json, sys, urllib.parse, urllib.request, urllib.error, zoneinfo
base, token = sys.argv[1], sys.argv[2]
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
today = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Shanghai")).date()
try:
    evaluation = datetime.date.fromisoformat(json.load(urllib.request.urlopen(urllib.request.Request(
        base + "/campaign", headers=headers)))["evaluationDate"])
except urllib.error.HTTPError as e:
    if e.code != 404:
        sys.exit(f"[seed] campaign: HTTP {e.code} {e.read().decode()}")
    evaluation = None

def due(days):
    d = today + datetime.timedelta(days=days)
    return min(d, evaluation) if evaluation and evaluation >= today else d

created = existing = 0
for task in json.load(open("scripts/seed/tasks.json", encoding="utf-8")):
    query = urllib.parse.urlencode({"unit": task["leadUnitCode"], "standard": task["standardCodes"][0], "size": 500})
    found = json.load(urllib.request.urlopen(urllib.request.Request(f"{base}/tasks?{query}", headers=headers)))
    if any(t["title"] == task["title"] and t["leadUnit"]["code"] == task["leadUnitCode"] for t in found["items"]):
        existing += 1
        continue
    body = {k: task[k] for k in ("title", "description", "standardCodes", "leadUnitCode", "coUnitCodes")}
    body["dueDate"] = due(task["dueInDays"]).isoformat()
    body["milestones"] = [{"name": m["name"], "dueDate": min(due(m["dueInDays"]), due(task["dueInDays"])).isoformat()}
                          for m in task["milestones"]]
    try:
        urllib.request.urlopen(urllib.request.Request(base + "/tasks", data=json.dumps(body).encode(), method="POST",
                                                      headers=headers))
        created += 1
    except urllib.error.HTTPError as e:
        sys.exit(f"[seed] task {task['title']}: HTTP {e.code} {e.read().decode()}")
print(f"[seed] tasks: {created} created, {existing} already there")
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

# Checklists (检查清单) for 农贸市场 and 背街小巷 and the seed points (点位) in inspection-service. The service learns
# units and standards from Kafka: wait until its read models have caught up. A checklist is created only when the
# point type has none (every POST is a new version); the point import creates or updates by code.
INSPECTION=${INSPECTION_URL:-http://127.0.0.1:8082}
python3 - "$INSPECTION" "$TOKEN" <<'PY'
import json, sys, time, urllib.request, urllib.error
base, token = sys.argv[1], sys.argv[2]
auth = {"Authorization": "Bearer " + token}

def status(path):
    try:
        return urllib.request.urlopen(urllib.request.Request(base + path, headers=auth)).status
    except urllib.error.HTTPError as e:
        return e.code

deadline = time.time() + 60
while status("/directory/units/SQ0101") != 200 or status("/catalogue/standards/S-3.2.5") != 200:
    if time.time() > deadline:
        sys.exit("[seed] inspection-service has not received the units and standards within 60 s")
    time.sleep(0.5)

for point_type, checklist in json.load(open("scripts/seed/checklists.json", encoding="utf-8")).items():
    if status(f"/checklists/{point_type}") == 200:
        print(f"[seed] checklist {point_type}: already there")
        continue
    req = urllib.request.Request(f"{base}/checklists/{point_type}/versions", data=json.dumps(checklist).encode(),
                                 method="POST", headers={**auth, "Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req)
    except urllib.error.HTTPError as e:
        sys.exit(f"[seed] checklist {point_type}: HTTP {e.code} {e.read().decode()}")
    print(f"[seed] checklist {point_type}: created")

req = urllib.request.Request(base + "/points/import", data=open("scripts/seed/points.csv", "rb").read(), method="POST",
                             headers={**auth, "Content-Type": "text/csv; charset=UTF-8"})
try:
    result = json.load(urllib.request.urlopen(req))
except urllib.error.HTTPError as e:
    sys.exit(f"[seed] points: HTTP {e.code} {e.read().decode()}")
print(f"[seed] points: {result.get('created', 0)} created, {result.get('updated', 0)} updated")
PY
