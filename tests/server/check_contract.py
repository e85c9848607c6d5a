#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the real motcua-central against docs/api/openapi.yaml.

Starts the server (port 0, SQLite, demo data), calls every read endpoint and
a few writes, and validates each response body against the schema the
contract gives for that operation and status (a JSON Schema subset: $ref,
type (incl. null), required, properties, items, enum, const, pattern,
minimum/maximum, oneOf, allOf). Also checks that every documented path is
routed (no 404 "not_found" for a documented path) and that errors are
application/problem+json. Run by /usr/bin/python3 (Debian's PyYAML).
"""
import datetime
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import yaml

FAILURES = []


def fail(msg):
    FAILURES.append(msg)
    print("FAIL:", msg)


class Validator:
    def __init__(self, spec):
        self.spec = spec

    def resolve(self, schema):
        while isinstance(schema, dict) and "$ref" in schema:
            node = self.spec
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part]
            schema = node
        return schema

    def check(self, value, schema, path):
        schema = self.resolve(schema)
        errors = []
        if "allOf" in schema:
            for sub in schema["allOf"]:
                errors += self.check(value, sub, path)
        if "oneOf" in schema:
            matches = [s for s in schema["oneOf"] if not self.check(value, s, path)]
            if len(matches) != 1:
                errors.append(f"{path}: matches {len(matches)} of oneOf")
        types = schema.get("type")
        if types is not None:
            types = types if isinstance(types, list) else [types]
            ok = False
            for t in types:
                ok |= (t == "null" and value is None) or (t == "string" and isinstance(value, str)) \
                    or (t == "boolean" and isinstance(value, bool)) \
                    or (t == "integer" and isinstance(value, int) and not isinstance(value, bool)) \
                    or (t == "number" and isinstance(value, (int, float)) and not isinstance(value, bool)) \
                    or (t == "object" and isinstance(value, dict)) or (t == "array" and isinstance(value, list))
            if not ok:
                return errors + [f"{path}: {json.dumps(value)[:60]} is not {types}"]
        if "const" in schema and value != schema["const"]:
            errors.append(f"{path}: {value!r} != const {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            errors.append(f"{path}: {value!r} not in enum")
        if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                errors.append(f"{path}: {value} < {schema['minimum']}")
            if "maximum" in schema and value > schema["maximum"]:
                errors.append(f"{path}: {value} > {schema['maximum']}")
        if isinstance(value, dict):
            for key in schema.get("required", []):
                if key not in value:
                    errors.append(f"{path}: missing required {key}")
            for key, sub in schema.get("properties", {}).items():
                if key in value:
                    errors += self.check(value[key], sub, f"{path}.{key}")
        if isinstance(value, list) and "items" in schema:
            for i, item in enumerate(value):
                errors += self.check(item, schema["items"], f"{path}[{i}]")
        return errors


class Client:
    def __init__(self, base):
        self.base = base
        self.token = None

    def call(self, method, path, body=None, headers=None, raw=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None and raw is None:
            req.add_header("Content-Type", "application/json")
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()


def operation(spec, template, method):
    return spec["paths"][template][method.lower()]


def validate(spec, v, template, method, status, headers, body):
    op = operation(spec, template, method)
    responses = op["responses"]
    where = f"{method} {template} -> {status}"
    if str(status) not in responses:
        fail(f"{where}: status not documented")
        return None
    if status >= 500:
        fail(f"{where}: server error")
    resp = v.resolve(responses[str(status)])
    content = resp.get("content")
    if not content:
        return None
    ctype = headers.get("Content-Type", "").split(";")[0]
    if ctype not in content:
        fail(f"{where}: content type {ctype} not in {list(content)}")
        return None
    if status >= 400 and ctype != "application/problem+json":
        fail(f"{where}: error is not problem+json")
    if "json" not in ctype:
        return body
    doc = json.loads(body)
    for e in v.check(doc, content[ctype]["schema"], "$"):
        fail(f"{where}: {e}")
    return doc


def main():
    server, spec_path = sys.argv[1], sys.argv[2]
    spec = yaml.safe_load(open(spec_path, encoding="utf-8"))
    v = Validator(spec)
    tmp = tempfile.mkdtemp(prefix="motcua-contract-")
    proc = subprocess.Popen([server, "--listen", "127.0.0.1:0", "--db", f"sqlite:{tmp}/c.sqlite", "--data-dir", tmp,
                             "--demo", "--demo-size", "60"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        m = re.search(r"listening on (http://\S+)", line)
        if not m:
            print("server did not start:", line)
            return 1
        c = Client(m.group(1) + "/api/v1")
        seen = set()

        def run(template, method, path, **kw):
            seen.add((template, method))
            status, headers, body = c.call(method, path, **kw)
            return status, validate(spec, v, template, method, status, headers, body)

        run("/health", "GET", "/health")
        st, tok = run("/auth/token", "POST", "/auth/token", body={"username": "chuyenvien1", "password": "demo"})
        run("/auth/token", "POST", "/auth/token", body={"username": "chuyenvien1", "password": "nope"})
        run("/me", "GET", "/me")  # 401 before signing in
        c.token = tok["access_token"]
        st, fresh = run("/auth/refresh", "POST", "/auth/refresh", body={"refresh_token": tok["refresh_token"]})
        c.token = fresh["access_token"]
        run("/me", "GET", "/me")
        run("/agencies", "GET", "/agencies")
        run("/procedures", "GET", "/procedures")
        run("/calendar", "GET", "/calendar?year=2026")
        run("/calendar", "GET", "/calendar?year=x")
        run("/calendar", "GET", "/calendar?year=2031")  # a year nobody entered: status missing
        run("/calendar/due", "GET", "/calendar/due?received_at=2026-11-23T08:30:00Z&days=0")
        run("/calendar/due", "GET", "/calendar/due?received_at=yesterday&days=1")
        run("/admin/calendar", "GET", "/admin/calendar")  # 403: not an administrator
        official = c.token
        c.token = json.loads(c.call("POST", "/auth/token", body={"username": "admin", "password": "demo"})[2])[
            "access_token"]
        run("/admin/calendar", "GET", "/admin/calendar")
        st, y2027 = run("/calendar", "GET", "/calendar?year=2027")
        run("/admin/calendar/{year}", "PUT", "/admin/calendar/2027", body=y2027)
        run("/admin/calendar/{year}", "PUT", "/admin/calendar/2027", body=dict(y2027, working_days=["2027-03-01"]))
        c.token = official
        st, page = run("/dossiers/changes", "GET", "/dossiers/changes?limit=1000")
        run("/dossiers/changes", "GET", "/dossiers/changes?since=bad!")
        dossiers = [d for d in page["items"] if not d.get("deleted")]
        tombstones = [d for d in page["items"] if d.get("deleted")]
        if not dossiers or not tombstones:
            fail("the demo feed of chuyenvien1 should hold dossiers and tombstones")
        in_review = next(d for d in dossiers if d["state"] == "in_review")
        did = in_review["id"]
        run("/dossiers/{id}", "GET", f"/dossiers/{did}")
        run("/dossiers/{id}", "GET", "/dossiers/NOPE")
        run("/dossiers/{id}/history", "GET", f"/dossiers/{did}/history")
        run("/dossiers/{id}/annotations", "GET", f"/dossiers/{did}/annotations")
        if tombstones:
            run("/dossiers/{id}", "GET", f"/dossiers/{tombstones[0]['id']}")  # 403: held elsewhere
        key = "contract-" + hashlib.sha1(did.encode()).hexdigest()
        hdr = {"Idempotency-Key": key, "If-Match": f'"{in_review["version"]}"'}
        st, res = run("/dossiers/{id}/actions", "POST", f"/dossiers/{did}/actions",
                      body={"kind": "comment", "text": "Kiểm tra hợp đồng API"}, headers=hdr)
        if st != 200:
            fail(f"comment action gave {st}")
        run("/dossiers/{id}/actions", "POST", f"/dossiers/{did}/actions", body={"kind": "comment", "text": "khác"},
            headers=hdr)  # 422
        run("/dossiers/{id}/actions", "POST", f"/dossiers/{did}/actions", body={"kind": "approve"},
            headers={"Idempotency-Key": key + "-2", "If-Match": f'"{in_review["version"] + 1}"'})  # 409
        run("/dossiers/{id}/actions", "POST", f"/dossiers/{did}/actions", body={"kind": "comment", "text": "x"},
            headers={"Idempotency-Key": key + "-3", "If-Match": '"1"'})  # 412
        run("/dossiers/{id}/actions", "POST", f"/dossiers/{did}/actions", body={"kind": "comment", "text": "x"},
            headers={"Idempotency-Key": key + "-4"})  # 428
        run("/actions:batch", "POST", "/actions:batch", body={"items": [
            {"kind": "comment", "dossier_id": did, "idempotency_key": key + "-b1", "base_version": in_review["version"] + 1,
             "payload": {"text": "lô"}, "actor": "chuyenvien1",
             # when the official acted (acted_at bounds, docs/deadlines.md): now
             "created_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}]})
        pdf = b"%PDF-1.4\n% contract test\n%%EOF\n"
        sha = hashlib.sha256(pdf).hexdigest()
        run("/documents/{sha256}", "PUT", f"/documents/{sha}", raw=pdf, headers={"Content-Type": "application/pdf"})
        run("/documents/{sha256}", "PUT", f"/documents/{sha}", raw=b"not a pdf", headers={"Content-Type": "application/pdf"})
        run("/documents/{sha256}", "GET", f"/documents/{sha}")
        run("/documents/{sha256}", "GET", f"/documents/{sha}", headers={"Range": "bytes=2-5"})
        run("/documents/{sha256}", "GET", f"/documents/{sha}", headers={"Range": "bytes=9999-"})
        run("/citizens/{idNumber}/documents", "GET", f"/citizens/{in_review['applicant']['id_number']}/documents")
        # Reception (desk staff of the same agency, so the uploaded document is theirs too)
        proc_code = run("/procedures", "GET", "/procedures")[1]["items"][0]["code"]
        body = {"procedure_code": proc_code, "channel": "in_person",
                "applicant": in_review["applicant"],
                "components": [{"id": "c1", "name": "Tờ khai", "document_code": "", "sha256": sha, "size": len(pdf),
                                "mime": "application/pdf", "pages": 1, "kind": "input", "signed": False}]}
        run("/dossiers", "POST", "/dossiers", body=body, headers={"Idempotency-Key": key + "-r0"})  # 403 specialist
        st, desk = run("/auth/token", "POST", "/auth/token", body={"username": "motcua1", "password": "demo"})
        specialist_token, c.token = c.token, desk["access_token"]
        run("/citizens/{idNumber}", "GET", f"/citizens/{in_review['applicant']['id_number']}")
        run("/citizens/{idNumber}", "GET", "/citizens/000000000000")  # 404
        st, created = run("/dossiers", "POST", "/dossiers", body=body, headers={"Idempotency-Key": key + "-r1"})
        if st != 201 or created["dossier"].get("channel") != "in_person":
            fail(f"POST /dossiers gave {st}")
        run("/dossiers", "POST", "/dossiers", body=dict(body, channel="postal"),
            headers={"Idempotency-Key": key + "-r1"})  # 422
        st, block = run("/desks/reservations", "POST", "/desks/reservations", body={"desk_id": "desk-1", "count": 5})
        run("/desks/reservations", "POST", "/desks/reservations", body={"desk_id": "desk-1", "count": 0})  # 400
        offline = dict(body, reservation={"id": block["id"], "seq": block["first"]})
        run("/dossiers", "POST", "/dossiers", body=offline, headers={"Idempotency-Key": key + "-r2"})
        run("/dossiers", "POST", "/dossiers", body=dict(offline, channel="online"),
            headers={"Idempotency-Key": key + "-r3"})  # 409: the number is used
        c.token = specialist_token
        st, defs = run("/indicators/definitions", "GET", "/indicators/definitions")
        if st != 200 or len(defs.get("indicators", [])) < 5:
            fail(f"GET /indicators/definitions gave {st}")
        run("/indicators", "GET", "/indicators?period=2026-Q3")  # 403: a specialist
        if "national_sync" not in [d["id"] for d in defs.get("indicators", [])]:
            fail("the demo set should hold national_sync")
        sup = Client(c.base)
        st, stok = run("/auth/token", "POST", "/auth/token", body={"username": "lanhdao1", "password": "demo"})
        sup.token = stok["access_token"]
        for q, want in (("period=2026&breakdown=official", 200), ("period=2026-Q5", 400),
                        ("period=2026&agency=H19.01", 403)):
            seen.add(("/indicators", "GET"))
            status, headers, body = sup.call("GET", "/indicators?" + q)
            validate(spec, v, "/indicators", "GET", status, headers, body)
            if status != want:
                fail(f"GET /indicators?{q} gave {status}, expected {want}")
        run("/tsa/certificate", "GET", "/tsa/certificate")
        st, _ = run("/demo/trust-root.pem", "GET", "/demo/trust-root.pem")  # served with --demo
        if st != 200:
            fail(f"GET /demo/trust-root.pem in demo mode gave {st}")
        run("/tsa", "POST", "/tsa", raw=b"x", headers={"Content-Type": "text/plain"})  # 415
        run("/auth/logout", "POST", "/auth/logout", raw=b"")
        run("/me", "GET", "/me")  # 401 after logout
        for template, item in spec["paths"].items():
            for method in item:
                if method in ("get", "put", "post", "delete") and (template, method.upper()) not in seen:
                    fail(f"{method.upper()} {template} is not exercised by this check")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"{len(FAILURES)} contract failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
