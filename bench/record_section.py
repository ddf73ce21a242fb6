#!/usr/bin/env python3
"""Replaces (or appends) one "## TITLE" section of docs/performance.md with standard input.

Usage: record_section.py "TITLE" < section.md
Each bench script owns its own section, so rerunning one refreshes only its figures.
"""
import re
import sys

path = "docs/performance.md"
title = sys.argv[1]
section = sys.stdin.read().rstrip() + "\n\n"
try:
    text = open(path).read()
except FileNotFoundError:
    text = "# Performance\n\nEach section is written by the script it names; rerun it to refresh the figures.\n\n"
pattern = re.compile(r"^## " + re.escape(title) + r"\n.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
open(path, "w").write(text)
print(f"recorded in {path}")
