"""Fill translations into a Qt .ts file from a JSON object {source text: translation}.

Developers run `make ts` (lupdate) to collect new strings, then this to add their translations
without opening Linguist:  python tools/translate_ts.py resources/i18n/X_zh_CN.ts < zh.json
Entries whose source is not in the mapping are left as they are; unknown keys are reported.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main(path: str) -> int:
    mapping: dict[str, str] = json.load(sys.stdin)
    tree = ET.parse(path)
    used: set[str] = set()
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in mapping:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            used.add(source)
        elif translation.get("type") == "unfinished" and translation.get("type") != "vanished":
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for key in sorted(set(mapping) - used):
        print(f"not in {path}: {key!r}", file=sys.stderr)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
