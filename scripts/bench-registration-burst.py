#!/usr/bin/env python3
"""Peak memory and time of `cohort serve` while N people register at the same moment.

Each registration hashes a password (argon2id, 19 MiB) before it queues the confirmation
e-mail, so a burst of registrations or sign-ins is the heaviest thing a stranger can ask of the
server. (Binaries from before e-mail confirmation answered 201 and hashed twice.)

    python3 scripts/bench-registration-burst.py BINARY [BINARY...] [--people 200]

Each binary gets a fresh data directory and port; the figures are printed side by side.
"""
import argparse, concurrent.futures, json, os, shutil, subprocess, tempfile, time, urllib.error, urllib.request


def status(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])  # kB
    return 0


def register(port, i):
    body = json.dumps({"email": f"burst{i}@example.org", "password": "a long enough burst password",
                       "name": f"Burst Student {i}"}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/auth/register", data=body,
                                 headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def run(binary, port, people):
    data = tempfile.mkdtemp(prefix="cohort-burst-")
    # Every registration comes from loopback: switch the per-address limit off for the burst.
    env = dict(os.environ, COHORT_REGISTRATIONS_PER_IP_PER_HOUR="0")
    server = subprocess.Popen([binary, "serve", "--data-dir", data, "--listen", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except Exception:
                time.sleep(0.1)
        idle = status(server.pid, "VmRSS")
        started = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=people) as pool:
            codes = list(pool.map(lambda i: register(port, i), range(people)))
        took = time.monotonic() - started
        peak, threads = status(server.pid, "VmHWM"), status(server.pid, "Threads")
        return {"binary": os.path.basename(binary), "registered": codes.count(201) + codes.count(202), "of": people,
                "seconds": round(took, 1), "idle_rss_mib": round(idle / 1024),
                "peak_rss_mib": round(peak / 1024), "threads_after": threads}
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--people", type=int, default=200)
    args = parser.parse_args()
    for n, binary in enumerate(args.binaries):
        print(json.dumps(run(binary, 18400 + n, args.people)), flush=True)
