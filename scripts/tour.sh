#!/usr/bin/env bash
# The README's tour, runnable: an organisation from its first admin to a candidate's application
# moving on, through the API, against a `cohort serve` that runs from this directory on a fresh
# data directory. Every id comes from an earlier answer; each step says which id is which.
#
#   target/release/cohort serve &          # in this directory (data in ./cohort-data)
#   scripts/tour.sh                         # COHORT, COHORT_URL, COHORT_DATA, ORG override
#
# Needs bash, curl and python3 (to read JSON). Exits non-zero at the first answer that is not
# what the tour expects, showing it. CI runs it (`.ci/run`).
set -euo pipefail

COHORT="${COHORT:-target/release/cohort}"
URL="${COHORT_URL:-http://127.0.0.1:8080}"
DATA="${COHORT_DATA:-cohort-data}"
ORG="${ORG:-acme}"
API="$URL/api/v1"
J='content-type: application/json'
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
admin_jar="$work/admin" candidate_jar="$work/candidate" headers="$work/headers"

say() { printf '\n== %s\n' "$*"; }
# The value at a dotted path (`member.id`, `items.0.id`) of the JSON on standard input.
get() {
  python3 -c '
import json, sys
value = json.load(sys.stdin)
for key in sys.argv[1].split("."):
    value = value[int(key)] if key.isdigit() else value[key]
print(value)' "$1"
}
# curl that fails on an error answer, showing it.
call() { curl -sS --fail-with-body "$@"; }
etag() { tr -d '\r' <"$headers" | sed -n 's/^etag: //Ip' | tail -1; }
# The token of the newest link to `path` e-mailed to `address` (no mail server: the outbox).
mailed_token() { # address path
  for _ in $(seq 1 100); do
    local file
    file="$(grep -lis "^To: .*$1" "$DATA"/outbox/*.eml 2>/dev/null | xargs -r ls -t | head -1 || true)"
    if [ -n "$file" ]; then
      python3 -c '
import quopri, re, sys
text = quopri.decodestring(open(sys.argv[1], "rb").read()).decode("utf-8", "replace")
found = re.findall(re.escape(sys.argv[2]) + r"\?token=([A-Za-z0-9_-]+)", text)
print(found[-1] if found else "")' "$file" "$2"
      return
    fi
    sleep 0.1
  done
  echo "no e-mail to $1 in $DATA/outbox" >&2; return 1
}

say "1. The operator creates the organisation and its first admin (a one-time password, printed once)"
"$COHORT" admin create-org --slug "$ORG" --name "Acme B.V."
printed="$("$COHORT" admin create-user --email "rita@$ORG.example" --name "Rita Admin" --org "$ORG" --role admin)"
echo "$printed"
one_time="$(tail -1 <<<"$printed")"

say "2. Rita signs in with it and chooses her own password (until then nothing else opens)"
call -c "$admin_jar" -H "$J" -d "{\"email\":\"rita@$ORG.example\",\"password\":\"$one_time\"}" "$API/auth/login" | get password_change_required
call -b "$admin_jar" -c "$admin_jar" -H "$J" \
  -d "{\"current_password\":\"$one_time\",\"new_password\":\"tulips in Delft at dawn\"}" "$API/auth/password" >/dev/null
call -b "$admin_jar" "$API/me" | get memberships.0.role

say "3. She invites a recruiter by e-mail: they get a link to choose a password (no password pasted around)"
member="$(call -b "$admin_jar" -H "$J" -d "{\"email\":\"sam@$ORG.example\",\"name\":\"Sam\",\"role\":\"recruiter\"}" "$API/orgs/$ORG/members")"
echo "membership id (to take the role away): $(get member.id <<<"$member"); account id (user_id): $(get member.user_id <<<"$member")"
echo "invitation e-mailed: $(get invited <<<"$member")"

say "4. An API token for an integration, acting as a recruiter (its secret is shown once)"
token="$(call -b "$admin_jar" -H "$J" -d '{"name":"HR sync","role":"recruiter"}' "$API/orgs/$ORG/api-tokens")"
T="Authorization: Bearer $(get secret <<<"$token")"
echo "token id: $(get token.id <<<"$token")"

say "5. With the token: a programme, a vacancy in it, published on the job board"
program="$(call -H "$T" -H "$J" "$API/orgs/$ORG/programs" \
  -d '{"name":"Backend 2027","starts_on":"2027-02-01","ends_on":"2027-07-31","location":"Amsterdam","capacity":5}' | get id)"
echo "programme id: $program"
today="$(date -u +%F)"; closes="$(date -u -d '+30 days' +%F)"
vacancy="$(call -D "$headers" -H "$T" -H "$J" "$API/orgs/$ORG/vacancies" -d "{\"program_id\":\"$program\",
  \"title\":\"Backend intern\",\"description\":\"Build the APIs our customers use.\",\"required_skills\":[\"Python\"],
  \"rules\":[{\"kind\":\"enrolled_in_country\",\"country\":\"NL\"}],\"location\":\"Amsterdam\",\"work_mode\":\"on_site\",
  \"hours_per_week\":40,\"stipend\":null,\"positions\":2,\"opens_on\":\"$today\",\"closes_on\":\"$closes\"}" | get id)"
echo "vacancy id: $vacancy"
call -H "$T" -H "$J" -H "if-match: $(etag)" -d '{"status":"published"}' "$API/orgs/$ORG/vacancies/$vacancy/status" | get status
call "$API/jobs?q=backend" | get items.0.title

say "6. A student registers; the account is made when she opens the link e-mailed to her"
call -H "$J" -d '{"email":"ada@student.tudelft.nl","password":"correct horse battery staple","name":"Ada Lovelace"}' \
  "$API/auth/register" | get email
confirm="$(mailed_token ada@student.tudelft.nl /register/confirm)"
call -c "$candidate_jar" -H "$J" -d "{\"token\":\"$confirm\"}" "$API/auth/register/confirm" | get email

say "7. Before applying, anyone may ask \"Am I eligible?\"; then she saves her profile and applies"
call -H "$J" "$API/jobs/$vacancy/eligibility" -d '{"profile":{"institution_country":"NL",
  "enrollment":{"start":"2024-09-01","end":"2027-08-31"},"skills":["Python"]}}' | get evaluation.verdict
call -b "$candidate_jar" -X PUT -H "$J" "$API/me/profile" -d '{"name":"Ada Lovelace","institution":"TU Delft",
  "institution_country":"NL","field_of_study":"Computer Science","enrollment":{"start":"2024-09-01","end":"2027-08-31"},
  "skills":["Python","Rust"],"github":"ada-l"}' >/dev/null
application="$(call -b "$candidate_jar" "$API/jobs/$vacancy/applications" \
  -F 'application={"cover_letter":"I build APIs for fun.","consent":{"privacy_notice_version":"2026-11"}}' | get id)"
echo "application id: $application"

say "8. The recruiter's token finds it and moves it to the next stage (If-Match: the version read)"
call -H "$T" "$API/orgs/$ORG/applications?vacancy_id=$vacancy" | get items.0.id
call -D "$headers" -H "$T" "$API/orgs/$ORG/applications/$application" >/dev/null
call -H "$T" -H "$J" -H "if-match: $(etag)" -d '{"action":"advance"}' \
  "$API/orgs/$ORG/applications/$application/transitions" | get stage

say "9. Ada sees where her application stands; Rita reads the audit trail"
call -b "$candidate_jar" "$API/me/applications" | get items.0.stage
call -b "$admin_jar" "$API/orgs/$ORG/audit?limit=100" | python3 -c '
import json, sys
actions = sorted({e["action"] for e in json.load(sys.stdin)["items"]})
print(len(actions), "kinds of action:", ", ".join(actions))'

say "The tour is done. In a browser: $URL/login (rita@$ORG.example / tulips in Delft at dawn)"
