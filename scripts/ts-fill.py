#!/usr/bin/env python3
"""Moves translations between a Qt .ts catalogue and JSON, for translating in bulk.

  scripts/ts-fill.py export translations/renkei_ja.ts unfinished.json   # unfinished messages
  scripts/ts-fill.py import translations/renkei_ja.ts done.json   # fill them in
  scripts/ts-fill.py english translations/renkei_en.ts            # plural forms for English

JSON entries: {"context", "source", "comment", "numerus", "translation"}; for numerus messages
"translation" is a list of forms (Japanese has one). Run lupdate (the update_translations target)
before exporting so that the catalogue lists every current string.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment") or "")


def export(path, out):
    _, root = load(path)
    unfinished = []
    for context, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", None):
            continue
        if translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        unfinished.append({
            "context": context,
            "source": message.findtext("source"),
            "comment": message.findtext("comment") or message.findtext("extracomment") or "",
            "numerus": numerus,
            "translation": [] if numerus else "",
        })
    with open(out, "w", encoding="utf-8") as f:
        json.dump(unfinished, f, ensure_ascii=False, indent=1)
    print(f"{len(unfinished)} unfinished messages written to {out}")


def placeholders(text):
    return sorted(set(re.findall(r"%(?:n|L?\d+)", text)))


def fill(path, source):
    tree, root = load(path)
    with open(source, encoding="utf-8") as f:
        done = json.load(f)
    table = {(d["context"], d["source"], d.get("comment", "")): d for d in done}
    by_source = {(d["context"], d["source"]): d for d in done}
    filled = 0
    problems = []
    for context, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        d = table.get(key(context, message)) or by_source.get((context, message.findtext("source")))
        if not d or not d.get("translation"):
            continue
        src = message.findtext("source")
        if message.get("numerus") == "yes":
            forms = d["translation"] if isinstance(d["translation"], list) else [d["translation"]]
            for form in forms:
                if placeholders(form) != placeholders(src) and placeholders(form) != placeholders(src.replace("%n", "")):
                    problems.append((context, src, form))
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                el = ET.SubElement(translation, "numerusform")
                el.text = form
        else:
            text = d["translation"]
            if placeholders(text) != placeholders(src):
                problems.append((context, src, text))
            translation.text = text
        del translation.attrib["type"]
        filled += 1
    save(tree, path)
    print(f"filled {filled} messages in {path}")
    for context, src, text in problems:
        print(f"  placeholder mismatch in {context}: {src!r} -> {text!r}")


def english(path):
    """English needs only its plural forms; other messages fall back to the source text."""
    tree, root = load(path)
    count = 0
    for context, message in messages(root):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        src = message.findtext("source")
        singular = re.sub(r"\((\w+)\)", "", src)            # "%n member(s)" -> "%n member"
        plural = re.sub(r"\((\w+)\)", r"\1", src)          # -> "%n members"
        singular = singular.replace("(es)", "")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in (singular, plural):
            el = ET.SubElement(translation, "numerusform")
            el.text = form
        del translation.attrib["type"]
        count += 1
    save(tree, path)
    print(f"filled {count} English plural messages in {path}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "import":
        fill(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "english":
        english(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
