#!/usr/bin/env python3
"""CI: the vacancy pages' JobPosting structured data, read by an independent extractor (extruct,
from PyPI) the way a search engine reads it, and held to Google's documented properties
(https://developers.google.com/search/docs/appearance/structured-data/job-posting):

- required: title, description, datePosted, hiringOrganization (with a name), and a jobLocation
  whose address has a locality and an ISO 3166 addressCountry; a remote vacancy instead says
  jobLocationType TELECOMMUTE with applicantLocationRequirements. On-site and hybrid vacancies
  always have a jobLocation.
- recommended: validThrough, employmentType, identifier, directApply, baseSalary (when the
  vacancy pays a stipend); hiringOrganization.sameAs is the employer's own website when the
  organisation has set one (the demo's have), never Cohort's board.

Each vacancy's page is compared with the public API's view of the same vacancy.

Usage: jobposting.py /path/to/cohort
"""

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import extruct

BIN = os.path.abspath(sys.argv[1])
WORK = tempfile.mkdtemp(prefix="cohort-jobposting-")
COUNTRY = re.compile(r"^[A-Z]{2}$")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = free_port()
BASE = f"http://127.0.0.1:{PORT}"
ENV = dict(os.environ, COHORT_LISTEN=f"127.0.0.1:{PORT}", COHORT_DATA_DIR=os.path.join(WORK, "data"))
ENV.pop("DATABASE_URL", None)
problems = []


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as response:
        return response.read().decode()


def check(vacancy):
    id_ = vacancy["id"]
    html = get(f"/jobs/{id_}")
    postings = [d for d in extruct.extract(html, base_url=f"{BASE}/jobs/{id_}", syntaxes=["json-ld"])["json-ld"]
                if d.get("@type") == "JobPosting"]
    if len(postings) != 1:
        problems.append(f"{id_}: {len(postings)} JobPosting items on the page")
        return
    p = postings[0]

    def need(condition, what):
        if not condition:
            problems.append(f"{vacancy['title']} ({id_}, {vacancy['work_mode']}): {what}")

    for prop in ["title", "description", "datePosted", "hiringOrganization", "validThrough", "employmentType",
                 "identifier", "directApply"]:
        need(p.get(prop) not in (None, "", [], {}), f"no {prop}")
    need(p.get("title") == vacancy["title"], f"title {p.get('title')!r} is not the vacancy's")
    org = p.get("hiringOrganization") or {}
    need(org.get("name") == vacancy["organisation"]["name"], "hiringOrganization.name is not the employer")
    same_as = org.get("sameAs", "")
    need(same_as.startswith("https://") and not same_as.startswith(BASE),
         f"hiringOrganization.sameAs {same_as!r} is not the employer's own website")
    need(p.get("employmentType") == "INTERN", f"employmentType {p.get('employmentType')!r}")
    need(re.match(r"^\d{4}-\d{2}-\d{2}", p.get("datePosted", "")), "datePosted is not an ISO 8601 date")
    need(re.match(r"^\d{4}-\d{2}-\d{2}T", p.get("validThrough", "")), "validThrough is not an ISO 8601 date-time")
    if vacancy["work_mode"] == "remote":
        need(p.get("jobLocationType") == "TELECOMMUTE", "a remote vacancy without jobLocationType TELECOMMUTE")
        need(p.get("applicantLocationRequirements"), "a remote vacancy without applicantLocationRequirements")
    else:
        location = p.get("jobLocation") or {}
        address = location.get("address") or {}
        need(location.get("@type") == "Place", f"an {vacancy['work_mode']} vacancy without a jobLocation Place")
        need(address.get("addressLocality") == vacancy["location"], "the address's locality is not the location")
        need(COUNTRY.match(address.get("addressCountry", "")), "the address has no ISO 3166 addressCountry")
    if vacancy.get("stipend"):
        salary = p.get("baseSalary") or {}
        value = (salary.get("value") or {})
        need(salary.get("currency") == vacancy["stipend"]["currency"], "baseSalary's currency")
        need(value.get("unitText") == "MONTH" and value.get("value") == vacancy["stipend"]["monthly_cents"] / 100,
             "baseSalary is not the monthly stipend")


server = None
try:
    subprocess.run([BIN, "demo"], env=ENV, check=True, capture_output=True)
    server = subprocess.Popen([BIN, "serve"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            get("/readyz")
            break
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.5)
    board = json.loads(get("/api/v1/jobs?limit=200"))["items"]
    modes = {v["work_mode"] for v in board}
    if not {"on_site", "remote"} <= modes:
        problems.append(f"the demo's board should have on-site and remote vacancies, has {sorted(modes)}")
    for item in board:
        check(json.loads(get(f"/api/v1/jobs/{item['id']}")))
finally:
    if server:
        server.terminate()
        server.wait()

if problems:
    print("FAILED: JobPosting structured data:", *problems, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"JobPosting: {len(board)} vacancy pages ({', '.join(sorted(modes))}) read by extruct, "
      "required and recommended properties present")
