#!/usr/bin/env python3
"""Whether `/healthz` still answers while a crowd of slow clients holds connections open.

Opens N connections that each send half a request head and then wait (slowloris), then times
`GET /healthz` on a fresh connection, and counts how many of the crowd the server has closed
after its header-read timeout.

    python3 scripts/bench-slow-connections.py BINARY [BINARY...] [--connections 5000]

Each binary gets a fresh data directory and port; the figures are printed side by side.
"""
import argparse, os, resource, shutil, socket, statistics, subprocess, tempfile, time, urllib.request


def healthz(port):
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=30) as r:
            r.read()
            ok = r.status == 200
    except Exception:
        ok = False
    return ok, (time.perf_counter() - started) * 1000


def run(binary, port, connections):
    data = tempfile.mkdtemp(prefix="cohort-slow-")
    env = dict(os.environ, COHORT_HEADER_READ_TIMEOUT_SECS="10")
    server = subprocess.Popen([binary, "serve", "--data-dir", data, "--listen", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    crowd = []
    try:
        for _ in range(300):
            if healthz(port)[0]:
                break
            time.sleep(0.1)
        for _ in range(connections):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            crowd.append(s)
        samples = [healthz(port) for _ in range(20)]
        answered = sum(1 for ok, _ in samples if ok)
        times = sorted(ms for ok, ms in samples if ok)
        time.sleep(12)
        closed = 0
        for s in crowd:
            s.setblocking(False)
            try:
                closed += s.recv(1) == b""
            except BlockingIOError:
                pass
            except OSError:
                closed += 1
        return {"answered": f"{answered}/20", "median_ms": round(statistics.median(times), 1) if times else None,
                "max_ms": round(max(times), 1) if times else None, "closed_after_12s": f"{closed}/{connections}"}
    finally:
        for s in crowd:
            s.close()
        server.terminate()
        server.wait()
        shutil.rmtree(data, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--connections", type=int, default=5000)
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, args.connections * 2 + 256)), hard))
    for i, binary in enumerate(args.binaries):
        print(binary, run(binary, 18700 + i, args.connections), flush=True)


if __name__ == "__main__":
    main()
