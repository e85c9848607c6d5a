#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Export the unfinished messages of a Qt .ts file to JSON and import them back.

  ts-unfinished.py export motcua_vi.ts > todo.json      # [{"context","source","comment","numerus","translation"}]
  ts-unfinished.py import motcua_vi.ts done.json        # fills translations, marks them finished
  ts-unfinished.py count motcua_vi.ts                   # prints the number of unfinished messages
  ts-unfinished.py english motcua_en.ts                 # en: translation = source (numerus: singular/plural)

Used for the translation pass after `cmake --build build --target update_translations`.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def load(path):
    return ET.parse(path)


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER + body + "\n")


def unfinished(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                continue
            if tr.get("type") in ("unfinished",) or (tr.get("type") is None and not (tr.text or "").strip()
                                                      and not list(tr)):
                if tr.get("type") in ("vanished", "obsolete"):
                    continue
                yield name, msg, tr


def export(path):
    out = []
    for name, msg, tr in unfinished(load(path)):
        out.append({
            "context": name,
            "source": msg.findtext("source"),
            "comment": msg.findtext("comment") or "",
            "extra": msg.findtext("extracomment") or "",
            "numerus": msg.get("numerus") == "yes",
            "translation": "",
        })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


def key(context, source, comment):
    return (context, source, comment or "")


def set_translation(msg, tr, value):
    for child in list(tr):
        tr.remove(child)
    if msg.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        tr.text = None
        for form in forms:
            nf = ET.SubElement(tr, "numerusform")
            nf.text = form
    else:
        tr.text = value
    if "type" in tr.attrib:
        del tr.attrib["type"]


def do_import(path, jpath):
    with open(jpath, encoding="utf-8") as f:
        items = json.load(f)
    table = {key(i["context"], i["source"], i.get("comment")): i["translation"] for i in items if i.get("translation")}
    tree = load(path)
    done = 0
    for name, msg, tr in list(unfinished(tree)):
        k = key(name, msg.findtext("source"), msg.findtext("comment"))
        if k in table:
            set_translation(msg, tr, table[k])
            done += 1
    save(tree, path)
    print(f"{done} translations imported into {path}", file=sys.stderr)


def english(path):
    tree = load(path)
    done = 0
    for name, msg, tr in list(unfinished(tree)):
        src = msg.findtext("source")
        if msg.get("numerus") == "yes":
            singular = re.sub(r"\((e?s)\)", "", src)
            plural = re.sub(r"\((e?s)\)", r"\1", src)
            set_translation(msg, tr, [singular, plural])
        else:
            set_translation(msg, tr, src)
        done += 1
    save(tree, path)
    print(f"{done} English translations set in {path}", file=sys.stderr)


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    cmd, path = sys.argv[1], sys.argv[2]
    if cmd == "export":
        export(path)
    elif cmd == "import":
        do_import(path, sys.argv[3])
    elif cmd == "count":
        print(sum(1 for _ in unfinished(load(path))))
    elif cmd == "english":
        english(path)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
