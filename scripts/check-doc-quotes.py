#!/usr/bin/env python3
"""Checks that every code block a Markdown file quotes from an example is still the same text.

A quote is written as
    <!-- quote: examples/quickstart.cpp#entity -->
    ```cpp
    ...
    ```
and the example marks the region with `// [entity]` lines. Exit 1 on any drift.
usage: check-doc-quotes.py ROOT DOC.md...
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
bad = 0
count = 0
for doc in sys.argv[2:]:
    text = (root / doc).read_text(encoding="utf-8")
    for m in re.finditer(r"<!-- quote: ([^#\s]+)#(\w+) -->\n```\w*\n(.*?)\n```", text, re.S):
        path, tag, quoted = m.groups()
        src = (root / path).read_text(encoding="utf-8")
        r = re.search(r"// \[" + tag + r"\]\n(.*?)\n[ ]*// \[" + tag + r"\]", src, re.S)
        count += 1
        if not r:
            print(f"{doc}: region [{tag}] not found in {path}")
            bad += 1
            continue
        lines = r.group(1).split("\n")
        ind = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
        region = "\n".join(l[ind:] for l in lines)
        if region != quoted:
            print(f"{doc}: the quote of {path}#{tag} differs from the file")
            bad += 1
if count == 0:
    print("no quotes found: nothing was checked")
    sys.exit(1)
print(f"{count} quotes checked, {bad} differ")
sys.exit(1 if bad else 0)
