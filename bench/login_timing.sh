#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sign-in timing of unknown vs known user names (wrong passwords): the server does
# the same PBKDF2 work for both, so the answers must not tell which names exist.
# Interleaves N attempts of each (known: the demo accounts; unknown: made-up
# names), reports the median and mean of each and their difference; fails when
# the medians differ by more than 10%. The lockout thresholds are raised for the
# run (otherwise the attempts would be refused early, which is the other test).
# Reference in the same run: `openssl kdf` doing one PBKDF2 of the same cost.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${MOTCUA_BUILD_DIR:-$ROOT/build}/bin/motcua-central"
N="${MOTCUA_BENCH_LOGINS:-200}"
WORK=$(mktemp -d /tmp/motcua-bench-login.XXXXXX)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

"$BIN" --listen 127.0.0.1:0 --db "sqlite:$WORK/c.sqlite" --data-dir "$WORK" --demo --demo-size 20 \
  --port-file "$WORK/port" --login-lockout-after 1000000 --login-address-lockout-after 1000000 \
  >"$WORK/stdout" 2>"$WORK/stderr" &
SERVER_PID=$!
for _ in $(seq 1 600); do [ -s "$WORK/port" ] && break; sleep 0.2; done
[ -s "$WORK/port" ] || { echo "server did not start"; cat "$WORK/stderr"; exit 1; }
URL="http://127.0.0.1:$(cat "$WORK/port")/api/v1/auth/token"

rc=0
python3 - "$URL" "$N" <<'PY' || rc=$?
import http.client, json, statistics, sys, time, urllib.parse
url, n = sys.argv[1], int(sys.argv[2])
u = urllib.parse.urlparse(url)
conn = http.client.HTTPConnection(u.hostname, u.port)
known = ["chuyenvien1", "lanhdao1", "motcua1", "chuyenvien2", "lanhdao2", "motcua2", "chuyenvien3", "admin"]
def attempt(name, i):
    body = json.dumps({"username": name, "password": f"wrong-{i}"})
    t = time.perf_counter()
    conn.request("POST", u.path, body, {"Content-Type": "application/json"})
    r = conn.getresponse(); r.read()
    dt = time.perf_counter() - t
    if r.status != 401:
        sys.exit(f"unexpected status {r.status} for {name}")
    return dt
for i in range(10):  # warm up (the dummy hash is made on first use)
    attempt(known[i % len(known)], i); attempt(f"nobody{i}", i)
k, x = [], []
for i in range(n):
    # interleaved, alternating order: load on the machine hits both alike
    if i % 2:
        k.append(attempt(known[i % len(known)], i)); x.append(attempt(f"khong-co-{i}", i))
    else:
        x.append(attempt(f"khong-co-{i}", i)); k.append(attempt(known[i % len(known)], i))
mk, mx = statistics.median(k), statistics.median(x)
diff = abs(mk - mx) / mk * 100
print(f"known names:   median {mk*1000:7.2f} ms  mean {statistics.mean(k)*1000:7.2f} ms  ({n} attempts)")
print(f"unknown names: median {mx*1000:7.2f} ms  mean {statistics.mean(x)*1000:7.2f} ms  ({n} attempts)")
print(f"difference of medians: {diff:.1f}% (limit 10%)")
sys.exit(0 if diff <= 10 else 1)
PY
# Reference: one PBKDF2-HMAC-SHA256 of the demo accounts' cost (60 000 iterations) by openssl.
t0=$(date +%s.%N)
for _ in 1 2 3 4 5 6 7 8 9 10; do
  openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt pass:x -kdfopt salt:0123456789abcdef -kdfopt iter:60000 PBKDF2 >/dev/null
done
awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN{printf "reference: openssl kdf PBKDF2 60000 iterations: %.2f ms each (incl. process start)\n", (a-b)*100}'
exit $rc
