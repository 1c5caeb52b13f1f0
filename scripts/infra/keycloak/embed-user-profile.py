#!/usr/bin/env python3
"""Embed user-profile.json into chuangcheng-realm.json.

Keycloak's realm import wants the declarative user profile as ONE JSON string inside a
one-element array: components."org.keycloak.userprofile.UserProfileProvider"[0].config."kc.user.profile.config".
A bare string (no array) aborts the import and the server with it.

  python3 embed-user-profile.py          # rewrite that one line of the realm file
  python3 embed-user-profile.py --check  # exit 1 if the realm file is out of date

Only the "kc.user.profile.config" line is replaced, so the hand-written layout of the realm file is kept.
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
PROFILE = HERE / "user-profile.json"
REALM = HERE / "chuangcheng-realm.json"
KEY = "kc.user.profile.config"


def embedded(realm: dict) -> str:
    comps = realm["components"]["org.keycloak.userprofile.UserProfileProvider"]
    value = comps[0]["config"][KEY]
    if not (isinstance(value, list) and len(value) == 1 and isinstance(value[0], str)):
        raise SystemExit(f"{REALM.name}: {KEY} must be a one-element array holding a string")
    return value[0]


def main() -> int:
    profile = json.loads(PROFILE.read_text(encoding="utf-8"))
    text = REALM.read_text(encoding="utf-8")
    try:
        current = json.loads(embedded(json.loads(text)))
    except json.JSONDecodeError:
        current = None  # placeholder or broken string: regenerate
    if "--check" in sys.argv[1:]:
        if current != profile:
            print(f"{REALM.name} is out of date: run python3 {pathlib.Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    wanted = json.dumps(json.dumps(profile, separators=(",", ":"), ensure_ascii=False), ensure_ascii=False)
    pattern = re.compile(r'("' + re.escape(KEY) + r'"\s*:\s*\[\s*)"(?:[^"\\]|\\.)*"(\s*\])')
    new_text, n = pattern.subn(lambda m: m.group(1) + wanted + m.group(2), text)
    if n != 1:
        raise SystemExit(f"expected exactly one {KEY} entry in {REALM.name}, found {n}")
    if json.loads(embedded(json.loads(new_text))) != profile:
        raise SystemExit("embedding failed (round trip mismatch)")
    if new_text != text:
        REALM.write_text(new_text, encoding="utf-8")
        print(f"updated {REALM.name}")
    else:
        print(f"{REALM.name} already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
