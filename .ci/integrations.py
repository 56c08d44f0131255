#!/usr/bin/env python3
"""CI: Cohort's integrations against real, independent counterparts on loopback.

- E-mail: an application's way to an offer, delivered to aiosmtpd (PyPI); every message has a
  plain-text part, invitations carry the .ics.
- Webhooks: a receiver verifies every delivery with the official `standardwebhooks` library
  (PyPI); an endpoint answering 500 three times then 200 gets the same webhook-id each time; one
  answering 410 is disabled.
- Registration: the confirmation link arrives over SMTP and makes the account; a taken address
  gets the same answer and its owner a notice.
- Durability: the server is killed with SIGKILL while e-mails are still failing (no SMTP server
  yet); after a restart, with the SMTP server up, every e-mail arrives.

Usage: integrations.py /path/to/cohort
"""

import email
import email.policy
import http.cookiejar
import http.server
import json
import mailbox
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

from standardwebhooks.webhooks import Webhook

BIN = os.path.abspath(sys.argv[1])
WORK = tempfile.mkdtemp(prefix="cohort-integrations-")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SMTP_PORT, HTTP_PORT, HOOK_PORT = free_port(), free_port(), free_port()
BASE = f"http://127.0.0.1:{HTTP_PORT}"
ENV = dict(
    os.environ,
    COHORT_SMTP_URL=f"smtp://127.0.0.1:{SMTP_PORT}",
    COHORT_RETRY_FIRST_MS="300",
    COHORT_WEBHOOK_ALLOW_PRIVATE="true",
    COHORT_LISTEN=f"127.0.0.1:{HTTP_PORT}",
)
ENV.pop("DATABASE_URL", None)


def fail(message):
    print(f"FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def wait(predicate, what, seconds=90):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    fail(f"timed out waiting for {what}")


# --- the webhook receiver -------------------------------------------------------------------

secrets = {}  # path -> secret
received = {}  # path -> [(headers, body)]
script = {"/flaky": [500, 500, 500], "/gone": [410]}
lock = threading.Lock()


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["content-length"])).decode()
        headers = {k.lower(): v for k, v in self.headers.items()}
        with lock:
            try:
                Webhook(secrets[self.path]).verify(body, headers)
            except Exception as error:  # noqa: BLE001 - any failure is a CI failure
                print(f"webhook to {self.path} does not verify: {error}", file=sys.stderr)
                os._exit(1)
            received.setdefault(self.path, []).append((headers, body))
            status = script.get(self.path, []).pop(0) if script.get(self.path) else 200
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args):
        pass


threading.Thread(
    target=http.server.ThreadingHTTPServer(("127.0.0.1", HOOK_PORT), Receiver).serve_forever, daemon=True
).start()

# --- the API ------------------------------------------------------------------------------


def call(method, path, body=None, token=None, opener=None, headers=None, raw=None, expect=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(BASE + path, data=data, method=method)
    if body is not None:
        request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        response = (opener or urllib.request.build_opener()).open(request)
        status, text, got = response.status, response.read().decode(), response.headers
    except urllib.error.HTTPError as error:
        status, text, got = error.code, error.read().decode(), error.headers
    if expect and status != expect:
        fail(f"{method} {path}: expected {expect}, got {status}: {text}")
    return (json.loads(text) if text.strip().startswith(("{", "[")) else text), got


def cli(*args, stdin=None):
    result = subprocess.run([BIN, *args], cwd=WORK, env=ENV, input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"cohort {' '.join(args)}: {result.stderr}")
    return result.stdout.strip()


def serve():
    log = open(os.path.join(WORK, "serve.log"), "a")
    process = subprocess.Popen([BIN, "serve"], cwd=WORK, env=ENV, stdout=log, stderr=log)
    wait(lambda: ready(), "the server")
    return process


def ready():
    try:
        return urllib.request.urlopen(BASE + "/readyz").status == 200
    except Exception:  # noqa: BLE001
        return False


server = serve()
cli("admin", "create-org", "--slug", "acme", "--name", "Acme Internships")
admin = cli("admin", "token", "create", "--org", "acme", "--role", "admin")
recruiter = cli("admin", "token", "create", "--org", "acme", "--role", "recruiter")
cli("admin", "create-user", "--email", "ian@acme.example", "--org", "acme", "--role", "interviewer",
    "--password-stdin", stdin="a long interviewer password\n")

hooks = {}
for path, types in [("/flaky", ["application.created"]), ("/gone", ["*"]), ("/all", ["*"])]:
    endpoint, _ = call("POST", "/api/v1/orgs/acme/webhooks", {"url": f"http://127.0.0.1:{HOOK_PORT}{path}",
                       "event_types": types}, token=admin, expect=201)
    secrets[path] = endpoint["secret"]
    hooks[path] = endpoint["id"]

today = datetime.now(timezone.utc).date()
program, _ = call("POST", "/api/v1/orgs/acme/programs", {"name": "Backend 2027", "starts_on": "2027-02-01",
                  "ends_on": "2027-07-31", "location": "Amsterdam", "capacity": 5}, token=recruiter, expect=201)
vacancy, got = call("POST", "/api/v1/orgs/acme/vacancies", {
    "program_id": program["id"], "title": "Backend intern", "description": "APIs", "required_skills": ["Python"],
    "location": "Amsterdam", "work_mode": "on_site", "hours_per_week": 40, "stipend": None, "positions": 2,
    "opens_on": str(today - timedelta(days=1)), "closes_on": str(today + timedelta(days=30))},
    token=recruiter, expect=201)
call("POST", f"/api/v1/orgs/acme/vacancies/{vacancy['id']}/status", {"status": "published"}, token=recruiter,
     headers={"if-match": got["etag"]}, expect=200)

# Ada registers: the link to confirm her address comes over SMTP; then the mail server goes away.
maildir = os.path.join(WORK, "maildir")


def start_smtp():
    process = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{SMTP_PORT}",
                                "-c", "aiosmtpd.handlers.Mailbox", maildir], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)

    def listening():
        try:
            socket.create_connection(("127.0.0.1", SMTP_PORT), 1).close()
            return True
        except OSError:
            return False

    wait(listening, "aiosmtpd", 20)
    return process


def mails():
    if not os.path.isdir(maildir):
        return []
    return [email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
            for m in mailbox.Maildir(maildir, create=False)]


def text_of(message):
    return next(p.get_content() for p in message.walk() if p.get_content_type() == "text/plain")


smtp = start_smtp()
ada = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
started, got = call("POST", "/api/v1/auth/register", {"email": "ada@student.example",
                    "password": "a long student password", "name": "Ada Lovelace"}, opener=ada, expect=202)
if "set-cookie" in {k.lower() for k in got.keys()}:
    fail("registering signed in before the address was confirmed")
confirmation = wait(lambda: next((m for m in mails() if str(m["subject"]) == "Confirm your Cohort account"
                                  and "ada@student.example" in str(m["to"])), None), "the confirmation e-mail")
link = next(line for line in text_of(confirmation).splitlines() if "/register/confirm?token=" in line)
token = link.split("token=", 1)[1].split("&", 1)[0].strip()
me, _ = call("POST", "/api/v1/auth/register/confirm", {"token": token}, opener=ada, expect=201)
if me["email"] != "ada@student.example":
    fail(f"confirming made the wrong account: {me}")
# The same address again: the same answer, and the owner is told instead of a new link.
call("POST", "/api/v1/auth/register", {"email": "ada@student.example", "password": "someone else's password",
     "name": "Mallory"}, expect=202)
wait(lambda: any(str(m["subject"]) == "You already have a Cohort account" for m in mails()),
     "the notice to the owner of a taken address")
print("registration: confirmed over SMTP; a taken address answered 202 and its owner was told")
smtp.terminate()
smtp.wait()
call("PUT", "/api/v1/me/profile", {"name": "Ada Lovelace", "institution": "TU Delft", "institution_country": "NL",
     "field_of_study": "Computer Science", "enrollment": {"start": "2024-09-01", "end": "2027-08-31"},
     "skills": ["Python"], "github": "ada-l"}, opener=ada, expect=200)
boundary = uuid.uuid4().hex
form = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"application\"\r\n\r\n"
        + json.dumps({"cover_letter": "Hello", "consent": {"privacy_notice_version": "2026-11"}})
        + f"\r\n--{boundary}--\r\n").encode()
application, _ = call("POST", f"/api/v1/jobs/{vacancy['id']}/applications", opener=ada, raw=form,
                      headers={"content-type": f"multipart/form-data; boundary={boundary}"}, expect=201)
app_path = f"/api/v1/orgs/acme/applications/{application['id']}"


def advance():
    _, got = call("GET", app_path, token=recruiter, expect=200)
    call("POST", app_path + "/transitions", {"action": "advance"}, token=recruiter,
         headers={"if-match": got["etag"]}, expect=200)


members, _ = call("GET", "/api/v1/orgs/acme/members", token=admin, expect=200)
ian = next(m["user_id"] for m in members["items"] if m["email"] == "ian@acme.example")
day = datetime.combine(today + timedelta(days=3), datetime.min.time(), tzinfo=timezone.utc) + timedelta(hours=9)
call("POST", "/api/v1/orgs/acme/availability", {"user_id": ian, "starts_at": day.isoformat(),
     "ends_at": (day + timedelta(hours=8)).isoformat()}, token=recruiter, expect=201)
advance()  # HR chat
interview, _ = call("POST", app_path + "/interviews", {"stage": "hr_chat", "kind": "hr_chat", "minutes": 30,
                    "video_url": "https://meet.example/ada", "panel": [ian], "slots": [day.isoformat()]},
                    token=recruiter, expect=201)
call("POST", f"/api/v1/me/interviews/{interview['id']}/booking", {"starts_at": day.isoformat()}, opener=ada,
     expect=200)
advance()  # interviews
advance()  # case study
advance()  # decision
_, got = call("GET", app_path, token=recruiter, expect=200)
call("POST", app_path + "/decision", {"outcome": "offer", "rationale": "Strong all round."}, token=recruiter,
     headers={"if-match": got["etag"]}, expect=200)
offer, got = call("POST", app_path + "/offers", {"terms": {"starts_on": "2027-02-01", "ends_on": "2027-07-31",
                  "hours_per_week": 40, "stipend": None, "location": "Amsterdam", "team": "Payments"},
                  "expires_at": (datetime.now(timezone.utc) + timedelta(days=7)).isoformat()},
                  token=recruiter, expect=201)
call("POST", f"/api/v1/orgs/acme/offers/{offer['id']}/send", token=recruiter, headers={"if-match": got["etag"]},
     expect=200)

# No SMTP server yet: e-mails fail and wait for a retry. Kill the server hard meanwhile.
wait(lambda: "delivery failed" in open(os.path.join(WORK, "serve.log")).read(), "a failed e-mail delivery")
server.send_signal(signal.SIGKILL)
server.wait()
smtp = start_smtp()
try:
    server = serve()

    expected = ["We received your application", "Choose a time", "Initial chat with HR", "Initial chat with HR",
                "Your offer"]

    def arrived():
        messages = mails()
        subjects = [str(m["subject"]) for m in messages]
        missing = list(expected)
        for subject in subjects:
            for want in missing:
                if subject.startswith(want):
                    missing.remove(want)
                    break
        return messages if not missing else None

    messages = wait(arrived, "every e-mail over SMTP")
    for message in messages:
        if not any(part.get_content_type() == "text/plain" for part in message.walk()):
            fail(f"no plain-text part in {message['subject']}")
    invitations = [m for m in messages if str(m["subject"]).startswith("Initial chat with HR")]
    for invitation in invitations:
        calendars = [p for p in invitation.walk() if p.get_content_type() == "text/calendar"]
        if not calendars or "BEGIN:VCALENDAR" not in calendars[0].get_content():
            fail("an invitation has no .ics")
    print(f"e-mail: {len(messages)} messages over SMTP after SIGKILL and restart, "
          f"{len(invitations)} invitations with .ics")

    # Webhooks: verified on arrival (the receiver exits on a bad signature).
    flaky = wait(lambda: received.get("/flaky") if len(received.get("/flaky", [])) >= 4 else None,
                 "four tries at /flaky")
    ids = {headers["webhook-id"] for headers, _ in flaky}
    if len(ids) != 1:
        fail(f"retries changed the webhook-id: {ids}")
    gone, _ = call("GET", f"/api/v1/orgs/acme/webhooks/{hooks['/gone']}", token=admin, expect=200)
    wait(lambda: call("GET", f"/api/v1/orgs/acme/webhooks/{hooks['/gone']}", token=admin)[0]["enabled"] is False,
         "the 410 endpoint to be disabled")
    if len(received.get("/gone", [])) != 1:
        fail(f"/gone got {len(received.get('/gone', []))} deliveries after answering 410")
    wait(lambda: len(received.get("/all", [])) >= 9, "the events at /all")
    print(f"webhooks: {sum(len(v) for v in received.values())} deliveries verified with standardwebhooks; "
          f"500,500,500,200 kept one webhook-id; 410 disabled the endpoint")
finally:
    server.send_signal(signal.SIGTERM)
    server.wait()
    smtp.terminate()
print("integrations passed")
