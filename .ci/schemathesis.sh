#!/usr/bin/env bash
# Schemathesis against the document Cohort serves, as a recruiter's integration (an admin token)
# and as a candidate's browser (a session cookie), with `{org}` pinned to a real organisation so
# that calls reach real objects. Fails on any 5xx, any status the document does not declare, any
# answer that breaks its schema, and any content type other than the declared one.
#   .ci/schemathesis.sh BINARY
set -euo pipefail
bin="$(realpath "$1")"
server=""
work="$(mktemp -d)"
port=18095
base="http://127.0.0.1:$port"
trap '[ -n "$server" ] && kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"
"$bin" --data-dir data demo >/dev/null
"$bin" --data-dir data admin create-org --slug smoke --name "Schemathesis" >/dev/null
token="$("$bin" --data-dir data admin token create --org smoke --role admin 2>/dev/null)"
# Every generated registration comes from loopback: no per-address limit for this run.
COHORT_REGISTRATIONS_PER_IP_PER_HOUR=0 "$bin" --data-dir data serve --listen "127.0.0.1:$port" >serve.log 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -fsS "$base/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
# A demo student's session (registering would wait for an e-mailed link).
curl -fsS -c cookies -H 'content-type: application/json' \
  -d '{"email":"student001@students.demo","password":"cohort demo 2026"}' \
  "$base/api/v1/auth/login" >/dev/null
session="$(awk '$6 == "cohort_session" { print $7 }' cookies)"
printf '[parameters]\norg = "smoke"\n' >schemathesis.toml
checks=not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance
for who in "Authorization: Bearer $token" "Cookie: cohort_session=$session"; do
  schemathesis run "$base/api/openapi.json" -H "$who" --checks "$checks" \
    --phases examples,coverage,fuzzing --max-examples 10 --workers 2 --no-color
done
if grep -q "panicked" serve.log; then echo "the server panicked under schemathesis" >&2; exit 1; fi
