#!/usr/bin/python3
"""Build pax-sheet/1 records (spec/record-format.md) from the PA-X export in ../shared.

Real metadata and real codes, one record per agreement, rows in the order of
spec/pax-sheet-layout.txt. Nothing is copied into the repository: the data is read from
the shared directory at run time (data/pax/PROVENANCE.md forbids copying whole files).

Library use:

    import pax_records                      # scripts/pax on sys.path
    pax = pax_records.load_pax("../shared") # reads the CSVs and the API sample once
    rec = pax.record_for(1731)              # dict in pax-sheet/1 form; KeyError if unknown id
    for agt_id, rec in pax.iter_records():  # every agreement, ascending id
        ...
    ids = pax.sample_ids(2000, seed=1)      # deterministic sample of agreement ids
    pax_records.all_code_paths()            # every category path, in layout order

`load_pax` raises FileNotFoundError (with the path) when the data is absent. Records are
plain dicts (json.dump-able); `record_for` builds a fresh dict each call.

CLI:

    pax_records.py --ids 1731,1440 -o DIR          # writes DIR/pax-1731.json, DIR/pax-1440.json
    pax_records.py --sample 50 --seed 7 -o DIR     # 50 ids chosen deterministically from the seed
    pax_records.py --codes schemas/pax-sheet/vocab/codes.txt   # the code vocabulary
    (--shared DIR overrides the shared directory, default: ../shared of the repo root.)

How the sheet is derived (PA-X export -> sheet rows):
- FIELD rows: Country/entity = the agreement's countries/entities (paxplorer country file,
  in file order, joined by spaces); Region = Reg; Agreement name = Agt; Date = Dat printed
  "13 Sep 1993"; Agreement status = Status; Interim arrangement = Interim;
  Agreement/conflict level = Agtp spelled out; Stage = Stage spelled out (API names);
  Conflict nature = Contp; Peace process = PPName; Parties = Part; Third parties = ThrdPart;
  Description = paxplorer description; Agreement document = file name of the PDF link.
  Empty values are left out (a field absent from the sheet is absent from the record).
- conflict: name and description from the API sample (the only source of them); else null.
- A ROW is mentioned when one of its CSV columns is non-zero. Its codes are the paths
  `Section→Row→Sub` of its non-zero sub-category columns (labels as the PA-X site / API
  prints them, else the codebook's). A mentioned row with no sub-category and no quote gets
  the level-1 path `Section→Row` (the API's qualified_name for level-1 issues), so a
  mentioned row is never empty on the sheet.
- Quotes: only from the API sample's issue details ("Page N, ..."); never invented.
- Related cases = OthAgr (free text); Source = the API sample's ImSrc text when present,
  else the code `Implementation→Source` when ImSrc is non-zero.
"""

import argparse
import csv
import datetime
import json
import os
import random
import re
import sys

ARROW = "\u2192"

# Layout rows: (section, row label, level-1 CSV columns, [(sub column, sub label), ...]).
# Section and row labels are the sheet's (spec/pax-sheet-layout.txt); sub labels follow the
# API sample's qualified_name where it has one, else the codebook v4 variable index.
_G = [("Rhet", "Rhetorical"), ("Antid", "Anti-discrimination"), ("Subs", "Substantive"),
      ("Oth", "Other")]


def _grp(col, label, subs=_G):
  return ("Groups", label, [col], [(col + s, l) for s, l in subs])


# Political power sharing: "State level" / "Sub-state level" when any form is coded so
# (the CSV's PpsX:St / PpsX:Sub columns; the API calls them PpsSt / PpsSub).
_PPS = ["PpsGe", "PpsEx", "PpsOro", "PpsOthPr", "PpsVet", "PpsAut", "PpsInt", "PpsOth"]
_PPS_ST = ("PpsSt",) + tuple(c + ":St" for c in _PPS)
_PPS_SUB = ("PpsSub",) + tuple(c + ":Sub" for c in _PPS)

ROWS = [
    _grp("GCh", "Children/youth"),
    _grp("GDis", "Disabled persons"),
    _grp("GAge", "Elderly/age"),
    _grp("GMig", "Migrant workers"),
    _grp("GRa", "Racial/ethnic/national group"),
    _grp("GRe", "Religious groups"),
    _grp("GInd", "Indigenous people"),
    _grp("GOth", "Other groups"),
    _grp("GRef", "Refugees/displaced persons",
         [("Rhet", "Rhetorical"), ("Subs", "Substantive"), ("Oth", "Other")]),
    _grp("GSoc", "Social class"),
    ("Gender", "Women, girls and gender", ["GeWom"], []),
    ("Gender", "Men and boys", ["GeMe"],
     [("GeMeNu", "Gender neutral wording"), ("GeMeOth", "Other")]),
    ("Gender", "LGBTI", ["GeLgbti"],
     [("GeLgbtiPos", "Positive LGBTI references"), ("GeLgbtiNeg", "Negative LGBTI references")]),
    ("Gender", "Family", ["GeFa"], []),
    ("State definition", "Nature of state (general)", ["StGen"], []),
    ("State definition", "State configuration", ["StCon"], []),
    ("State definition", "Self determination", ["StSd"], []),
    ("State definition", "Referendum", ["StRef"], []),
    ("State definition", "State symbols", ["StSym"], []),
    ("State definition", "Independence/secession", ["StInd"], []),
    ("State definition", "Accession/unification", ["StUni"], []),
    ("State definition", "Border delimitation", ["StBor"], []),
    ("State definition", "Cross-border provision", ["StXbor"], []),
    ("Governance", "Political institutions (new or reformed)", ["Pol"],
     [("PolGen", "General references"),
      ("PolNewInd", "New political institutions (indefinite)"),
      ("PolNewTemp", "Temporary institutional arrangement")]),
    ("Governance", "Elections", ["Ele"], []),
    ("Governance", "Electoral commission", ["ElecComm"], []),
    ("Governance", "Political parties reform", ["PolPar"],
     [("PolParTrans", "Rebels transitioning to political parties"),
      ("PolParOth", "Other political parties reform")]),
    ("Governance", "Civil society", ["Civso"], []),
    ("Governance", "Traditional/religious leaders", ["Tral"], []),
    ("Governance", "Public administration", ["Pubad"], []),
    ("Governance", "Constitution", ["ConGen", "ConRen", "Cons"],
     [("ConRen", "Constitutional renewal/affirmation"),
      ("Cons", "Constitutional reform/making")]),
    ("Power sharing", "Political power sharing", ["Polps"],
     [("PpsEx", "Executive coalition"), ("PpsOro", "Proportionality in legislature"),
      ("PpsOthPr", "Other proportionality"), ("PpsVet", "Form of veto or communal majority"),
      ("PpsAut", "Segmental autonomy"), ("PpsInt", "International involvement"),
      ("PpsOth", "Other form of political power sharing"),
      (_PPS_ST, "State level"), (_PPS_SUB, "Sub-state level")]),
    ("Power sharing", "Territorial power sharing", ["Terps"],
     [("TpsSub", "Federal or similar sub-divided government"), ("TpsLoc", "Local/municipal"),
      ("TpsAut", "Autonomy"), ("TpsOth", "Other")]),
    ("Power sharing", "Economic power sharing", ["Eps"],
     [("EpsRes", "Sharing of resources"), ("EpsFis", "Fiscal federalism"), ("EpsOth", "Other")]),
    ("Power sharing", "Military power sharing", ["Mps"],
     [("MpsMe", "Merger of forces"), ("MpsJt", "Joint command structure"),
      ("MpsPro", "Proportionality"), ("MpsOth", "Other")]),
    ("Human rights and equality", "Human rights/RoL general", ["HrGen"], []),
    ("Human rights and equality", "Bill of rights/similar", ["HrBor"], []),
    ("Human rights and equality", "Treaty incorporation", ["HrTrinc"], []),
    ("Human rights and equality", "Civil and political rights", ["HrCp"],
     [("CprLife", "Life"), ("CprTort", "Torture"), ("CprEq", "Equality"), ("CprSlav", "Slavery"),
      ("CprLib", "Liberty and security of person"),
      ("CprDet", "Humane treatment in detention"), ("CprFmov", "Freedom of movement"),
      ("CprFspe", "Freedom of speech"), ("CprFass", "Freedom of association"),
      ("CprTria", "Fair trial"), ("CprPriv", "Privacy and family life"),
      ("CprVote", "Vote and take part"),
      ("CprReli", "Thought, opinion, conscience and religion"), ("CprOth", "Other")]),
    ("Human rights and equality", "Socio-economic rights", ["HrSec"],
     [("SerProp", "Property"), ("SerWork", "Work"), ("SerHeal", "Health"),
      ("SerEdu", "Education"), ("SerStdl", "Adequate standard of living"),
      ("SerShel", "Shelter/housing"), ("SerSs", "Social security"),
      ("SerCult", "Cultural life"), ("SerOth", "Other")]),
    ("Rights related issues", "Citizenship", ["HrCit"],
     [("CitGen", "Citizen, general"), ("CitRights", "Citizens, specific rights"),
      ("CitDef", "Citizenship delimitation"), ("CitOth", "Other")]),
    ("Rights related issues", "Democracy", ["HrDem"], []),
    ("Rights related issues", "Detention procedures", ["HrDet"], []),
    ("Rights related issues", "Media and communication", ["Med"],
     [("MedGov", "Governance of media"), ("MedSubs", "Media roles"),
      ("MedLog", "Media logistics"), ("MedOth", "Other")]),
    ("Rights related issues", "Mobility/access", ["HrMob"], []),
    ("Rights related issues", "Protection measures", ["Prot"],
     [("ProtCiv", "Protection of civilians"), ("ProtGrp", "Protection of groups"),
      ("ProtOth", "Other")]),
    ("Rights related issues", "Other", ["RiOth"], []),
    ("Rights institutions", "NHRI", ["HrNi"],
     [("HrNiMe", "Mentions of NHRI"), ("HrNiNe", "New or fundamentally revised NHRI"),
      ("HrNiOth", "Other")]),
    ("Rights institutions", "Regional or international human rights institutions", ["HrIi"],
     [("HrIiMon", "Monitoring calls"), ("HrIiBod", "Body tasked"), ("HrIiOth", "Other")]),
    ("Justice sector reform", "Criminal justice and emergency law", ["JusCr"],
     [("JusCrSp", "Reform to specific laws"), ("JusCrSys", "Criminal justice system reform"),
      ("JusCrPow", "Delimitation of powers in criminal justice system")]),
    ("Justice sector reform", "State of emergency provisions", ["JusEm"], []),
    ("Justice sector reform", "Judiciary and courts", ["JusJu"], []),
    ("Justice sector reform", "Prisons and detention", ["JusPri"], []),
    ("Justice sector reform", "Traditional Laws", ["JusTra"], []),
    ("Socio-economic reconstruction", "Development or socio-economic reconstruction", ["Dev"],
     [("DevSoc", "Socio-economic development"), ("DevHum", "Humanitarian assistance"),
      ("DevInfra", "Infrastructure and reconstruction")]),
    ("Socio-economic reconstruction", "National economic plan", ["NEC"], []),
    ("Socio-economic reconstruction", "Natural resources", ["NatRes"], []),
    ("Socio-economic reconstruction", "International funds", ["IntFu"], []),
    ("Socio-economic reconstruction", "Business", ["Bus"], []),
    ("Socio-economic reconstruction", "Taxation", ["Tax"],
     [("TaxPo", "Power to tax"), ("TaxRef", "Reform of taxation"), ("TaxOth", "Other")]),
    ("Socio-economic reconstruction", "Banks", ["Ban"],
     [("CenBan", "Central bank"), ("BanPers", "Personal or commercial banking"),
      ("BanInt", "International finance"), ("BanXb", "Cross-border financial flows")]),
    ("Land, property and environment", "Land reform/rights", ["LaRef"],
     [("LaRefMan", "Land reform and management"),
      ("LaRefRet", "Property return and restitution"), ("LaRefOth", "Other land rights")]),
    ("Land, property and environment", "Pastoralist/nomadism rights", ["LaNom"], []),
    ("Land, property and environment", "Cultural heritage", ["LaCH"],
     [("LaCHTa", "Tangible"), ("LaCHIt", "Intangible"), ("LaCHPro", "Promotion of values"),
      ("LaCHOth", "Other")]),
    ("Land, property and environment", "Environment", ["LaEn"], []),
    ("Land, property and environment", "Water or riparian rights or access", ["Wat"], []),
    ("Security sector", "Security Guarantees", ["SsrGua"], []),
    ("Security sector", "Ceasefire", ["Ce"],
     [("CeProv", "Ceasefire provision"), ("CeGen", "General commitments")]),
    ("Security sector", "Police", ["SsrPol"], []),
    ("Security sector", "Armed forces", ["SsrArm"], []),
    ("Security sector", "DDR", ["SsrDdr"],
     [("DdrDemil", "Demilitarisation provisions"), ("DdrProg", "DDR programmes")]),
    ("Security sector", "Intelligence services", ["SsrInt"], []),
    ("Security sector", "Parastatal/rebel and opposition group forces", ["SsrPsf"], []),
    ("Security sector", "Withdrawal of foreign forces", ["SsrFf"], []),
    ("Security sector", "Corruption", ["Cor"], []),
    ("Security sector", "Crime/organised crime", ["SsrCrOcr"], []),
    ("Security sector", "Drugs", ["SsrDrugs"], []),
    ("Security sector", "Terrorism", ["Terr"], []),
    ("Transitional justice", "Transitional justice general", ["TjGen"], []),
    ("Transitional justice", "Amnesty/pardon", ["TjAm"],
     [("TjAmPro", "Amnesty/pardon proper"), ("TjSan", "Relief of other sanctions"),
      ("TjPower", "Power to amnesty"), ("TjAmBan", "Amnesty prohibition")]),
    ("Transitional justice", "Courts", ["TjCou"],
     [("TjJaNc", "National courts"), ("TjJaIc", "International courts")]),
    ("Transitional justice", "Mechanism", ["TjMech"], []),
    ("Transitional justice", "Prisoner release", ["TjPrire"], []),
    ("Transitional justice", "Vetting", ["TjVet"], []),
    ("Transitional justice", "Victims", ["TjVic"], []),
    ("Transitional justice", "Missing persons", ["TjMis"], []),
    ("Transitional justice", "Reparations", ["TjRep"],
     [("TjRSym", "Symbolic reparations"), ("TjRMa", "Material reparations")]),
    ("Transitional justice", "Reconciliation", ["TjNR"], []),
    ("Implementation", "UN signatory", ["ImUN"], []),
    ("Implementation", "Other international signatory", ["ImOth"], []),
    ("Implementation", "Referendum for agreement", ["ImRef"], []),
    ("Implementation", "International mission/force/similar", ["ImPK"], []),
    ("Implementation", "Enforcement mechanism", ["ImE"], []),
    ("Implementation", "Related cases", [], []),   # free text: OthAgr
    ("Implementation", "Source", ["ImSrc"], []),   # free text: API ImSrc details
]

AGREEMENT_LEVEL = {
    "Inter": "Interstate/interstate conflict",
    "InterIntra": "Interstate/intrastate conflict",
    "Intra": "Intrastate/intrastate conflict",
    "IntraLocal": "Intrastate/local conflict",
}
STAGE = {  # API sample names where it has them (Pre, SubPar, Cea), else paxplorer's labels
    "Pre": "Pre-negotiation/process",
    "SubPar": "Framework/substantive - partial",
    "SubComp": "Framework/substantive - comprehensive",
    "Cea": "Ceasefire/related",
    "Imp": "Implementation/renegotiation",
    "Ren": "Renewal",
    "Oth": "Other",
}
FIELDS = ["Country/entity", "Region", "Agreement name", "Date", "Agreement status",
          "Interim arrangement", "Agreement/conflict level", "Stage", "Conflict nature",
          "Peace process", "Parties", "Third parties", "Description", "Agreement document"]

_PAGE_RE = re.compile(r"Page\s+(\d+)\s*[,:]")


def _fold(text):
  return " ".join((text or "").split())


def all_code_paths():
  """Every category path the records can contain, in layout order (one per code)."""
  out = []
  for section, label, cols, subs in ROWS:
    if cols:
      out.append(ARROW.join([section, label]))
    out.extend(ARROW.join([section, label, sub]) for _, sub in subs)
  return out


def _row_of_code():
  """API issue code -> index in ROWS (level-1 and sub-category codes)."""
  m = {}
  for i, (_, _, cols, subs) in enumerate(ROWS):
    for c in cols:
      m[c] = i
    for c, _ in subs:
      for code in (c if isinstance(c, tuple) else (c,)):
        m[code] = i
  return m


def parse_quotes(details):
  """API details text -> [{"page": N, "text": ...}]; [] when it has no "Page N," marks."""
  marks = list(_PAGE_RE.finditer(details or ""))
  quotes = []
  for k, m in enumerate(marks):
    end = marks[k + 1].start() if k + 1 < len(marks) else len(details)
    text = _fold(details[m.end():end])
    if text:
      quotes.append({"page": int(m.group(1)), "text": text})
  return quotes


def _nonzero(value):
  v = (value or "").strip()
  return v not in ("", "0", "0.0")


def _coded(row, col):
  """True if the CSV column (or any column of a tuple of columns) is non-zero."""
  cols = col if isinstance(col, tuple) else (col,)
  return any(_nonzero(row.get(c)) for c in cols)


class Pax:
  """The PA-X export loaded in memory. Build with load_pax(); read-only afterwards."""

  def __init__(self, rows, countries, descriptions, api):
    self._rows = rows                  # AgtId (int) -> CSV row dict
    self._countries = countries        # AgtId -> [country/entity names]
    self._descriptions = descriptions  # AgtId -> (description, pdf link)
    self._api = api                    # AgtId -> API sample agreement dict
    self._row_of_code = _row_of_code()

  def ids(self):
    """All agreement ids, ascending."""
    return sorted(self._rows)

  def sample_ids(self, n, seed):
    """n ids chosen by random.Random(seed) from ids(); same arguments, same ids."""
    ids = self.ids()
    return sorted(random.Random(seed).sample(ids, min(n, len(ids))))

  def iter_records(self):
    """Yields (agt_id, record) for every agreement, ascending id."""
    for agt_id in self.ids():
      yield agt_id, self.record_for(agt_id)

  def record_for(self, agt_id):
    """The pax-sheet/1 record of one agreement (a new dict). KeyError if the id is unknown."""
    agt_id = int(agt_id)
    row = self._rows[agt_id]
    api = self._api.get(agt_id)
    return {
        "schema": "pax-sheet/1",
        "fields": self._fields(agt_id, row, api),
        "date": row["Dat"] or None,
        "conflict": self._conflict(api),
        "provisions": self._provisions(row, api),
    }

  def _fields(self, agt_id, row, api):
    date = ""
    if row["Dat"]:
      d = datetime.date.fromisoformat(row["Dat"])
      date = "%d %s %d" % (d.day, d.strftime("%b"), d.year)
    names = self._countries.get(agt_id) or [
        c.strip("()") for c in row["Con"].split("/")]
    description, pdf = self._descriptions.get(agt_id, ("", ""))
    stage = (api or {}).get("agreement_stage", {}).get("name") or STAGE.get(row["Stage"], "")
    values = {
        "Country/entity": " ".join(names),
        "Region": row["Reg"],
        "Agreement name": row["Agt"],
        "Date": date,
        "Agreement status": row["Status"],
        "Interim arrangement": row["Interim"],
        "Agreement/conflict level": AGREEMENT_LEVEL.get(row["Agtp"], row["Agtp"]),
        "Stage": stage,
        "Conflict nature": row["Contp"],
        "Peace process": row["PPName"],
        "Parties": row["Part"],
        "Third parties": row["ThrdPart"],
        "Description": description or (api or {}).get("description", ""),
        "Agreement document": pdf.rsplit("/", 1)[-1] if pdf else "",
    }
    return {k: _fold(values[k]) for k in FIELDS if _fold(values[k])}

  @staticmethod
  def _conflict(api):
    if not api or not api.get("conflicts"):
      return None
    c = api["conflicts"][0]
    return {"name": _fold(c["name"]), "description": _fold(c.get("description", ""))}

  def _api_quotes(self, api):
    """ROWS index -> quotes, and the Source text, from the API sample's issues."""
    quotes, source = {}, ""
    for issue in (api or {}).get("issues", []):
      code, details = issue["issue"]["code"], issue.get("details", "")
      if code == "ImSrc":
        source = _fold(details)
      elif code in self._row_of_code:
        quotes.setdefault(self._row_of_code[code], []).extend(parse_quotes(details))
    return quotes, source

  def _provisions(self, row, api):
    quotes, source = self._api_quotes(api)
    out = []
    for i, (section, label, cols, subs) in enumerate(ROWS):
      p = {"section": section, "label": label, "mentioned": False}
      if label == "Related cases":
        text = _fold(row.get("OthAgr", ""))
        if text:
          p.update(mentioned=True, codes=[], quotes=[], text=text)
      elif label == "Source":
        if source:
          p.update(mentioned=True, codes=[], quotes=[], text=source)
        elif _nonzero(row.get("ImSrc")):
          p.update(mentioned=True, codes=[ARROW.join([section, label])], quotes=[])
      elif any(_coded(row, c) for c in cols) or any(_coded(row, c) for c, _ in subs):
        codes = [ARROW.join([section, label, s]) for c, s in subs if _coded(row, c)]
        q = quotes.get(i, [])
        if not codes and not q:
          codes = [ARROW.join([section, label])]
        p.update(mentioned=True, codes=codes, quotes=q)
      out.append(p)
    return out


def default_shared_dir():
  """../shared of the repository root (scripts/pax/ is two levels below it)."""
  root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
  return os.path.join(root, "..", "shared")


def load_pax(shared_dir=None):
  """Reads the PA-X files under shared_dir/data/pax. FileNotFoundError if one is missing."""
  base = os.path.join(shared_dir or default_shared_dir(), "data", "pax")

  def rows(name):
    with open(os.path.join(base, name), encoding="utf-8-sig", newline="") as f:
      return list(csv.DictReader(f))

  agreements = {int(r["AgtId"]): r for r in rows("pax_all_agreements_v10.csv")}
  countries = {}
  for r in rows("paxplorer_pax_id_to_con_info.csv"):
    countries.setdefault(int(r["AgtId"]), []).append(r["name"])
  descriptions = {int(r["AgtId"]): (r["description"], r["PDF_Hyperlink"])
                  for r in rows("paxplorer_pax_v10_with_description.csv")}
  with open(os.path.join(base, "pax_api_sample_10_agreements.json"), encoding="utf-8") as f:
    api = {int(a["id"]): a for a in json.load(f)["results"]}
  return Pax(agreements, countries, descriptions, api)


def _write_json(path, record):
  tmp = path + ".tmp"
  with open(tmp, "w", encoding="utf-8") as f:
    json.dump(record, f, ensure_ascii=False, indent=1)
    f.write("\n")
  os.replace(tmp, path)


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  ap.add_argument("--shared", help="shared data directory (default: ../shared of the repo)")
  ap.add_argument("--ids", help="comma-separated agreement ids")
  ap.add_argument("--sample", type=int, help="number of agreements to pick")
  ap.add_argument("--seed", type=int, default=0, help="seed for --sample (default 0)")
  ap.add_argument("-o", "--out", help="output directory (created if missing)")
  ap.add_argument("--codes", help="write every category path, one per line, to this file")
  args = ap.parse_args(argv)
  if args.codes:
    with open(args.codes, "w", encoding="utf-8") as f:
      f.write("".join(p + "\n" for p in all_code_paths()))
  if not (args.ids or args.sample):
    if args.codes:
      return 0
    ap.error("give --ids, --sample or --codes")
  if not args.out:
    ap.error("-o DIR is required with --ids / --sample")
  try:
    pax = load_pax(args.shared)
  except FileNotFoundError as e:
    print("pax_records.py: %s: PA-X data not found" % e.filename, file=sys.stderr)
    return 2
  if args.ids:
    try:
      ids = [int(x) for x in args.ids.split(",") if x.strip()]
    except ValueError:
      ap.error("--ids: not a list of integers: %s" % args.ids)
  else:
    ids = pax.sample_ids(args.sample, args.seed)
  known = set(pax.ids())
  unknown = [i for i in ids if i not in known]
  if unknown:
    print("pax_records.py: unknown agreement id(s): %s" % ",".join(map(str, unknown)),
          file=sys.stderr)
    return 2
  os.makedirs(args.out, exist_ok=True)
  for agt_id in ids:
    _write_json(os.path.join(args.out, "pax-%d.json" % agt_id), pax.record_for(agt_id))
  return 0


if __name__ == "__main__":
  sys.exit(main())
