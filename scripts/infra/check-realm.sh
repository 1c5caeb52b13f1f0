#!/usr/bin/env bash
# Verifies the running Keycloak realm "chuangcheng" against what the services expect.
# Exit 0 when every check passes, 1 otherwise. Needs curl and python3. Reusable in CI after `scripts/infra.sh up`.
#   KC_URL (default http://127.0.0.1:8180), KC_REALM (default chuangcheng)
set -euo pipefail

KC_URL=${KC_URL:-http://127.0.0.1:8180}
REALM=${KC_REALM:-chuangcheng}
TOKEN_URL=$KC_URL/realms/$REALM/protocol/openid-connect/token
ISSUER=$KC_URL/realms/$REALM
APP_ROLES=office,leader,department,inspector,integration
FAILS=0

pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; FAILS=$((FAILS + 1)); }

# check_claims <label> <token response json> key=value...
#   role=R        realm_access.roles contains R, and no other of the five application roles
#   unit=U        claim unit == U ("unit=" means: no unit claim)
#   aud=A         aud contains A
#   azp=C         azp == C
#   user=N        preferred_username == N
#   has=CLAIM     claim present
check_claims() {
  local label=$1 response=$2; shift 2
  local out
  if out=$(python3 - "$ISSUER" "$APP_ROLES" "$@" 3<<<"$response" <<'PY'
import base64, json, sys
issuer, app_roles, expectations = sys.argv[1], set(sys.argv[2].split(",")), sys.argv[3:]
resp = json.load(open(3))
if "access_token" not in resp:
    print(f"no access_token: {resp}"); sys.exit(1)
part = resp["access_token"].split(".")[1]
c = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
aud = c.get("aud", [])
aud = [aud] if isinstance(aud, str) else aud
roles = c.get("realm_access", {}).get("roles", [])
errors = []
if c.get("iss") != issuer:
    errors.append(f"iss={c.get('iss')!r}, want {issuer!r}")
for e in expectations:
    k, _, v = e.partition("=")
    if k == "role":
        if v not in roles: errors.append(f"roles {roles} lack {v!r}")
        extra = (set(roles) & app_roles) - {v}
        if extra: errors.append(f"unexpected application roles {sorted(extra)}")
    elif k == "unit":
        want = v or None
        if c.get("unit") != want: errors.append(f"unit={c.get('unit')!r}, want {want!r}")
    elif k == "aud":
        if v not in aud: errors.append(f"aud {aud} lacks {v!r}")
    elif k == "azp":
        if c.get("azp") != v: errors.append(f"azp={c.get('azp')!r}, want {v!r}")
    elif k == "user":
        if c.get("preferred_username") != v: errors.append(f"preferred_username={c.get('preferred_username')!r}, want {v!r}")
    elif k == "has":
        if v not in c: errors.append(f"claim {v!r} missing")
    else:
        errors.append(f"bad expectation {e!r}")
if errors:
    print("; ".join(errors)); sys.exit(1)
print(f"unit={c.get('unit')} aud={aud} roles={sorted(set(roles) & app_roles)}")
PY
  ); then pass "$label: $out"; else fail "$label: $out"; fi
}

# expect_code <label> "<allowed codes>" <curl args...>
expect_code() {
  local label=$1 allowed=$2 code; shift 2
  code=$(curl -s -o /dev/null -w '%{http_code}' "$@")
  if [[ " $allowed " == *" $code "* ]]; then pass "$label -> $code"; else fail "$label -> $code, want $allowed"; fi
}

echo "[check-realm] $ISSUER"
if ! curl -sf -o /dev/null "$ISSUER/.well-known/openid-configuration"; then
  echo "[check-realm] realm not reachable at $ISSUER (is scripts/infra.sh up running?)" >&2
  exit 1
fi

echo "users (password grant via chuangcheng-web):"
while read -r user role unit; do
  resp=$(curl -s "$TOKEN_URL" -d grant_type=password -d client_id=chuangcheng-web \
           -d client_secret=chuangcheng-web-secret -d username="$user" -d password="$user" -d scope=openid)
  check_claims "$user" "$resp" role="$role" unit="$unit" aud=chuangcheng-api azp=chuangcheng-web user="$user"
done <<'EOF'
office1    office     CCB
leader1    leader     QLD
inspector1 inspector  CCB
inspector2 inspector  CCB
cgj1       department CGJ
scjgj1     department SCJGJ
jd01       department JD01
sq0101     department SQ0101
jw1        department JWJW
EOF

echo "service accounts (client credentials):"
for pair in chuangcheng-integration:chuangcheng-integration-secret hotline-12345:hotline-12345-secret; do
  client=${pair%%:*} secret=${pair#*:}
  resp=$(curl -s "$TOKEN_URL" -d grant_type=client_credentials -d client_id="$client" -d client_secret="$secret")
  check_claims "$client" "$resp" role=integration unit= aud=chuangcheng-api azp="$client" \
    user="service-account-$client" has=client_id
done

echo "introspection and negative cases:"
cgj=$(curl -s "$TOKEN_URL" -d grant_type=password -d client_id=chuangcheng-web -d client_secret=chuangcheng-web-secret \
        -d username=cgj1 -d password=cgj1 | python3 -c 'import sys,json; print(json.load(sys.stdin).get("access_token",""))')
introspect=$(curl -s -u chuangcheng-api:chuangcheng-api-secret "$TOKEN_URL/introspect" -d token="$cgj")
if python3 -c 'import sys,json; d=json.loads(sys.argv[1]); sys.exit(0 if d.get("active") and d.get("unit")=="CGJ" else 1)' "$introspect"; then
  pass "chuangcheng-api introspects a cgj1 token: active, unit=CGJ"
else
  fail "introspection as chuangcheng-api: $introspect"
fi
expect_code "wrong client secret" "401" "$TOKEN_URL" -d grant_type=password -d client_id=chuangcheng-web \
  -d client_secret=wrong -d username=cgj1 -d password=cgj1
expect_code "wrong user password (invalid_grant)" "400 401" "$TOKEN_URL" -d grant_type=password -d client_id=chuangcheng-web \
  -d client_secret=chuangcheng-web-secret -d username=cgj1 -d password=wrong
expect_code "password grant on chuangcheng-api (no flows)" "400 401" "$TOKEN_URL" -d grant_type=password \
  -d client_id=chuangcheng-api -d client_secret=chuangcheng-api-secret -d username=cgj1 -d password=cgj1
expect_code "client credentials on chuangcheng-web (no service account)" "400 401" "$TOKEN_URL" \
  -d grant_type=client_credentials -d client_id=chuangcheng-web -d client_secret=chuangcheng-web-secret

echo "user profile (admin REST API keeps the unit attribute):"
admin=$(curl -s "$KC_URL/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
          -d username="${KC_ADMIN:-admin}" -d password="${KC_ADMIN_PASSWORD:-admin}" \
        | python3 -c 'import sys,json; print(json.load(sys.stdin).get("access_token",""))' || true)
if [ -z "$admin" ]; then
  fail "no admin token from the master realm (admin/admin)"
else
  users=$(curl -s -H "Authorization: Bearer $admin" "$KC_URL/admin/realms/$REALM/users?username=scjgj1&exact=true")
  if python3 -c 'import sys,json; u=json.loads(sys.argv[1]); sys.exit(0 if u and u[0].get("attributes",{}).get("unit")==["SCJGJ"] else 1)' "$users"; then
    pass "GET /admin/realms/$REALM/users?username=scjgj1 shows attributes.unit=[SCJGJ]"
  else
    fail "admin API does not show unit for scjgj1: $users"
  fi
fi

if [ "$FAILS" -eq 0 ]; then echo "[check-realm] all checks passed"; else echo "[check-realm] $FAILS check(s) FAILED"; exit 1; fi
