#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Pages GET /dossiers/changes to the end like a syncing client; prints
"<dossiers> <seconds>" (dossiers = non-tombstone items)."""
import json
import sys
import time
import urllib.request


def call(url, token=None, body=None):
    req = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                 method="POST" if body is not None else "GET")
    if body is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())


def main():
    base, user, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    token = call(base + "/auth/token", body={"username": user, "password": "demo"})["access_token"]
    start = time.perf_counter()
    cursor, count, items = "", 0, 0
    while True:
        page = call(f"{base}/dossiers/changes?limit={limit}&since={cursor}", token)
        items += len(page["items"])
        count += sum(1 for d in page["items"] if not d.get("deleted"))
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    print(count, f"{time.perf_counter() - start:.3f}", items)


if __name__ == "__main__":
    main()
