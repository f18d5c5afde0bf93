#!/usr/bin/env python3
"""Moves translations between a Qt .ts catalogue and JSON, for translating in bulk.

  scripts/ts-fill.py export translations/renkei_ja.ts unfinished.json   # unfinished messages
  scripts/ts-fill.py import translations/renkei_ja.ts done.json   # fill them in
  scripts/ts-fill.py english translations/renkei_en.ts [--all]    # plural forms for English

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
    # As lupdate writes it, so that filling a catalogue changes only the messages filled.
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    def escaped(m):
        text = m.group(1).replace("'", "&apos;").replace('"', "&quot;").replace("\u3000", "&#x3000;")
        return ">" + text + "<"

    body = re.sub(r">([^<]*)<", escaped, body)
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


def set_forms(translation, forms):
    """Replaces a numerus translation's forms, indented as lupdate indents them."""
    for child in list(translation):
        translation.remove(child)
    translation.text = "\n" + " " * 12
    for i, form in enumerate(forms):
        el = ET.SubElement(translation, "numerusform")
        el.text = form
        el.tail = "\n" + " " * (12 if i + 1 < len(forms) else 8)


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
            set_forms(translation, forms)
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


# English forms the rules below cannot make: a second number in the sentence, or no noun to inflect.
# Keyed by source text; each value is [singular, plural].
ENGLISH_FORMS = {
    "%n planned meeting(s) will be removed, with %1 registration(s).": [
        "%n planned meeting will be removed, with its registrations (%1).",
        "%n planned meetings will be removed, with their registrations (%1).",
    ],
    "%n person(s) and %1 blank rows on %2 page(s).": [
        "%n person and %1 blank rows (pages: %2).",
        "%n people and %1 blank rows (pages: %2).",
    ],
    "%n of them wait for a place.": ["%n of them waits for a place.", "%n of them wait for a place."],
    "%n of them wait for a place: the meeting is full.": [
        "%n of them waits for a place: the meeting is full.",
        "%n of them wait for a place: the meeting is full.",
    ],
    "%n were on the list already.": ["%n was on the list already.", "%n were on the list already."],
    "The first %n are listed.": ["The first %n is listed.", "The first %n are listed."],
    "%n different people": ["%n person", "%n different people"],
}

# Nouns whose plural is not the singular with (s) or (es) added: "person(s)" -> person / people.
IRREGULAR = {"person": "people", "child": "children"}

# A verb right after the counted noun agrees with it: "%n members have" -> "%n member has".
SINGULAR_VERBS = {"have": "has", "were": "was", "are": "is", "stop": "stops", "take": "takes",
                  "match": "matches", "wait": "waits", "do": "does"}

# Further along the sentence, words that agree with a single counted member or meeting.
SINGULAR_PHRASES = [(" who have ", " who has "), (" were left out", " was left out"),
                    (" and were left ", " and was left "), (" are in their history", " is in their history")]

MARKED = re.compile(r"(\w+)\((e?s)\)")


def english_forms(src):
    """[singular, plural] of a numerus message whose source marks its plural as word(s) or word(es)."""
    if src in ENGLISH_FORMS:
        return ENGLISH_FORMS[src]
    if len(MARKED.findall(src)) > 1:
        raise ValueError(f"two plurals in one message; add its English to ENGLISH_FORMS: {src!r}")

    def singular(m):
        return m.group(1)

    def plural(m):
        return IRREGULAR.get(m.group(1), m.group(1) + m.group(2))

    one = MARKED.sub(singular, src)
    many = MARKED.sub(plural, src)
    # Only the verb that follows the counted noun: "%n member(s) who ... have" keeps its "have".
    marked = MARKED.search(src)
    if marked:
        after = re.match(r" (\w+)\b", src[marked.end():])
        if after and after.group(1) in SINGULAR_VERBS:
            start = marked.start() + len(marked.group(1))  # where the singular noun ends in `one`
            one = one[:start] + " " + SINGULAR_VERBS[after.group(1)] + one[start + 1 + len(after.group(1)):]
        for plural_words, singular_words in SINGULAR_PHRASES:
            one = one.replace(plural_words, singular_words)
    return [one, many]


def english(path, everything=False):
    """English plural forms for every numerus message: "%n meeting(s)" -> "%n meeting" / "%n meetings".

    Every other unfinished message is finished with its source text, which is the English: the English
    catalogue is then complete (lrelease reports nothing unfinished), so a message that lupdate adds later
    stands out. Re-run after lupdate: it fills the messages lupdate added or marked unfinished, and keeps
    those already finished unless `everything` (--all) is given.
    """
    tree, root = load(path)
    count = 0
    finished = 0
    for context, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("type") != "unfinished" and not everything:
            continue
        if message.get("numerus") != "yes":
            if translation.get("type") == "unfinished":
                translation.text = message.findtext("source")
                translation.attrib.pop("type", None)
                finished += 1
            continue
        forms = english_forms(message.findtext("source"))
        for child in list(translation):
            translation.remove(child)
        set_forms(translation, forms)
        translation.attrib.pop("type", None)
        count += 1
    save(tree, path)
    print(f"filled {count} English plural messages and finished {finished} others in {path}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "import":
        fill(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "english":
        english(sys.argv[2], everything="--all" in sys.argv[3:])
    else:
        print(__doc__)
        sys.exit(2)
