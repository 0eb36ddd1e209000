#!/usr/bin/python3
"""pax_records.py against the hand-checked example record of agreement 1731
(spec/examples/nagorno-karabakh-1993.json), which was made independently of this script.
Skips (77) when ../shared is absent."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from testlib import SHARED, SRC as ROOT, check, finish, skip  # noqa: E402

if not os.path.exists(os.path.join(SHARED, "data/pax/pax_all_agreements_v10.csv")):
  skip("PA-X data not found under %s" % SHARED)
sys.path.insert(0, os.path.join(ROOT, "scripts/pax"))
import pax_records  # noqa: E402

pax = pax_records.load_pax(SHARED)
rec = pax.record_for(1731)
with open(os.path.join(SHARED, "spec/examples/nagorno-karabakh-1993.json"), encoding="utf-8") as f:
  example = json.load(f)

check(rec["schema"] == "pax-sheet/1", "schema")
check(rec["date"] == "1993-09-13", "date")
# Fields the export has, as the sheet prints them. (The example's "Interim arrangement: Yes"
# differs from the CSV's "No", and its document name is the site's; not compared.)
for k in ["Country/entity", "Region", "Agreement name", "Date", "Agreement status",
          "Agreement/conflict level", "Stage", "Conflict nature", "Peace process", "Parties",
          "Third parties", "Description"]:
  check(rec["fields"].get(k) == example["fields"][k], "field %s: %r" % (k, rec["fields"].get(k)))
check(len(rec["provisions"]) == len(example["provisions"]) == 95, "row count")
for got, want in zip(rec["provisions"], example["provisions"]):
  name = "%s/%s" % (want["section"], want["label"])
  check((got["section"], got["label"]) == (want["section"], want["label"]), "row order " + name)
  if want["label"] == "Source":
    continue  # free text the export does not have for 1731
  check(got["mentioned"] == want["mentioned"], "mentioned " + name)
  if want.get("codes"):
    check(got.get("codes") == want["codes"], "codes " + name)

# The API sample's quotes keep their page numbers; no quote text is invented elsewhere.
r1440 = pax.record_for(1440)
fam = next(p for p in r1440["provisions"] if p["label"] == "Family")
check(fam["mentioned"] and fam["quotes"] and
      all(q["page"] in (1, 2) and q["text"] for q in fam["quotes"]), "1440 Family quotes")
check(all(not p.get("quotes") for p in rec["provisions"]), "1731 has no quotes")
check(r1440["conflict"]["name"].startswith("Syrian Conflicts"), "1440 conflict")

# Every code of every record is in the vocabulary file.
vocab = set(open(os.path.join(ROOT, "schemas/pax-sheet/vocab/codes.txt"), encoding="utf-8").read().split("\n"))
missing = {c for _, r in pax.iter_records() for p in r["provisions"] for c in p.get("codes", [])} - vocab
check(not missing, "codes missing from codes.txt: %s" % sorted(missing)[:5])

# The CLI: deterministic --sample, unknown id -> exit 2.
with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
  cli = os.path.join(ROOT, "scripts/pax/pax_records.py")
  for d in (a, b):
    subprocess.run([cli, "--shared", SHARED, "--sample", "5", "--seed", "3", "-o", d], check=True)
  check(sorted(os.listdir(a)) == sorted(os.listdir(b)) and len(os.listdir(a)) == 5, "sample deterministic")
  r = subprocess.run([cli, "--shared", SHARED, "--ids", "999999", "-o", a], capture_output=True, text=True)
  check(r.returncode == 2 and "999999" in r.stderr, "unknown id exit 2")

finish()
