#!/usr/bin/python3
"""Regenerates the closed vocabularies of schemas/pax-sheet/vocab/ from the PA-X data.

Usage: scripts/schema/make_vocab.py [SHARED_DIR] [OUT_DIR]
  SHARED_DIR defaults to ../shared (the data is not in the repository, see
  ../shared/data/pax/PROVENANCE.md); OUT_DIR defaults to schemas/pax-sheet/vocab.

Each vocabulary is the set of values that the PA-X data itself uses for one sheet field,
sorted, one per line, with a header naming the source columns. Only the value sets (facts)
are written, never the data files.
"""
import csv
import json
import os
import re
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared")
out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../schemas/pax-sheet/vocab")
pax = os.path.join(shared, "data/pax")
if not os.path.isdir(pax):
    sys.exit(f"make_vocab.py: {pax}: no such directory (the PA-X data is needed)")


def column(path, name):
    with open(os.path.join(pax, path), encoding="utf-8-sig", newline="") as f:
        return {row[name].strip() for row in csv.DictReader(f) if row[name].strip()}


with open(os.path.join(pax, "pax_api_sample_10_agreements.json"), encoding="utf-8") as f:
    api = json.load(f)["results"]


def api_names(key):
    return {a[key]["name"].strip() for a in api if a.get(key)}


def codebook_agtp_names():
    # The codebook lists the conflict levels as "•   Inter: Interstate/interstate conflict. ..."
    names = set()
    with open(os.path.join(pax, "codebooks/PA-X_codebook_v4_2020.txt"), encoding="utf-8") as f:
        text = f.read()
    section = text[text.index("Agtp: Agreement/conflict type.\nThis"):]
    section = section[:section.index("Stage:")]
    for m in re.finditer(r"•\s+(Inter|InterIntra|Intra|IntraLocal): ([A-Z][a-z]+/[a-z ]+conflict)\.", section):
        names.add(m.group(2))
    return names


ALL = "pax_all_agreements_v10.csv"
PAXPLORER = "paxplorer_pax_v10_with_description.csv"
API = "pax_api_sample_10_agreements.json"
# The site's labels for stage and conflict level codes that the API sample does not show
# (pax_records.py prints records with these, so the vocabulary must hold them too).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pax"))
import pax_records  # noqa: E402

vocabs = {
    "region.txt": ("Region", column(ALL, "Reg"), f"{ALL} column Reg"),
    "agreement-status.txt": ("Agreement status", column(ALL, "Status"), f"{ALL} column Status"),
    "interim-arrangement.txt": ("Interim arrangement", column(ALL, "Interim"), f"{ALL} column Interim"),
    "conflict-nature.txt": ("Conflict nature", column(ALL, "Contp"), f"{ALL} column Contp"),
    "stage.txt": ("Stage", column(PAXPLORER, "stage_label") | api_names("agreement_stage")
                  | set(pax_records.STAGE.values()),
                  f"{PAXPLORER} column stage_label, {API} agreement_stage.name and the site labels "
                  "of scripts/pax/pax_records.py"),
    "conflict-level.txt": ("Agreement/conflict level", api_names("conflict_level") | codebook_agtp_names()
                           | set(pax_records.AGREEMENT_LEVEL.values()),
                           f"{API} conflict_level.name, the Agtp list of codebooks/PA-X_codebook_v4_2020.txt "
                           "and the site labels of scripts/pax/pax_records.py"),
}
os.makedirs(out_dir, exist_ok=True)
for name, (field, values, source) in vocabs.items():
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        f.write(f"# Values of the sheet field '{field}'.\n")
        f.write(f"# From the PA-X data (Univ. of Edinburgh, CC BY-NC-SA 4.0): {source}.\n")
        f.write("# Regenerate with scripts/schema/make_vocab.py; one value per line.\n")
        for v in sorted(values):
            f.write(v + "\n")
    print(f"{name}: {len(values)} values")
