#!/usr/bin/python3
"""score_sheet.py judges rows the way its docstring says (cases written by hand)."""
import os
import sys

ROOT = os.environ.get("AMEND_SOURCE_DIR", ".")
sys.path.insert(0, os.path.join(ROOT, "scripts/fixtures"))
import score_sheet  # noqa: E402

RECORD = {
    "schema": "pax-sheet/1",
    "fields": {"Region": "Europe and Eurasia"},
    "provisions": [
        {"section": "Justice sector reform", "label": "Criminal justice and emergency law",
         "mentioned": False},
        {"section": "Security sector", "label": "Ceasefire", "mentioned": True,
         "codes": ["Security sector\u2192Ceasefire\u2192Ceasefire provision"],
         "quotes": [{"page": 1, "text": "As a result of repeated established contacts the "
                     "ceasefire is extended again until 5 October 1993 inclusive."}]},
    ],
}

CASES = [  # (text, plain, rows expected correct)
    ("Region\tEurope and Eurasia\n"
     "Criminal justice and emergency law\tNo specific mention.\n"
     "Ceasefire\tSecurity sector\u2192Ceasefire\u2192Ceasefire provision Page 1: As a result "
     "of repeated established contacts the ceasefire is extended again until 5 October 1993 "
     "inclusive.\n", False, 3),
    # OCR damage of a character per 33 is tolerated (an arrow read as "~", "l" for "i")
    ("Region\tEurope and Eurasla\n"
     "Criminal justice and emergency law\tNo speclfic mention.\n"
     "Ceasefire\tSecurity sector~Ceasefire—Ceasefire provision Page 1: As a result "
     "of repeated established contacts the ceasefire is extended again until 5 October 1993 "
     "inclusive.\n", False, 3),
    # a label split around its value, a value that lost its quote, a swapped row: wrong
    ("Region\tEurope\n"
     "Criminal justice and\tNo specific mention. emergency law\n"
     "Ceasefire\tSecurity sector\u2192Ceasefire\u2192Ceasefire provision\n", False, 0),
    # each arrow may be lost, but not more than that on a short code
    ("Region\tEurope and Eurasia\n"
     "Criminal justice and emergency law\tNo specific mention.\n"
     "Ceasefire\tSecurity sectorCeasefireCeasefire provision Page 1: As a result "
     "of repeated established contacts the ceasefire is extended again until 5 October 1993 "
     "inclusive.\n", False, 3),
    # plain text: right when the whole line is "label value"
    ("Region Europe and Eurasia\nCriminal justice and No specific mention.\nemergency law\n",
     True, 1),
    # one line cannot count for two rows
    ("Region\tEurope and Eurasia\n", False, 1),
]

failed = 0
for text, plain, want in CASES:
  got, total, _ = score_sheet.score(RECORD, text, plain)
  if total != 3 or got != want:
    print("FAIL: expected %d/3, got %d/%d for %r" % (want, got, total, text[:60]))
    failed = 1
assert score_sheet.within("kitten", "sitting", 3) and not score_sheet.within("kitten", "sitting", 2)
short = "Governance\u2192Elections"  # 20 characters, one arrow: 2 errors allowed, not 3
assert score_sheet.matches(short, "Governance>Elect1ons")
assert not score_sheet.matches(short, "Governance>EIect1ons")
print("score_sheet cases: %s" % ("FAIL" if failed else "ok"))
sys.exit(failed)
