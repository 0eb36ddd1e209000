#!/usr/bin/python3
"""End-to-end tests of `amend diff` with the real binary and the shipped pack.

The known rule change: side B is the shipped pack without `noise-word-hermitian`, the rule
that deletes the word "Hermitian" Tesseract hallucinates on the table border; its own
example is "Banks<TAB>No specific mention. Hermitian" -> "Banks<TAB>No specific mention.".
The corpus is made here from real sheets with that damage put on rows chosen by the test,
so the expected changes come from the corpus, not from the program: exactly the damaged
documents change, exactly the damaged rows, each read as "No specific mention." (not
mentioned) on side A and as mentioned, with "Hermitian" in its value, on side B; the rule
hits once per damaged row on side A and is absent on side B.

Usage: diff_cli_test.py {seed|pax|git|scan|bad-input}
  seed       corpus from the real seed sheet (fixtures/golden), no ../shared needed
  pax        corpus from real PA-X records (scripts/pax); exit 77 when ../shared is absent
  git        --git-a/--git-b on a temporary git repository
  scan       a shipped scan (real Tesseract): both sides' values are convert's
  bad-input  missing corpus, bad pack on one side, bad output path, bad format, --strict,
             a missing OCR language
Env: AMEND_BIN (the binary), AMEND_SOURCE_DIR (the repo).
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from testlib import BIN, SRC, amend, check, finish, skip  # noqa: E402
PACK = os.path.join(SRC, "rules", "packs", "pax.toml")
SEED = os.path.join(SRC, "fixtures", "golden", "nagorno-karabakh-1993.ocr.txt")
RULE = "noise-word-hermitian"
NSM = "No specific mention."
# Copies of the seed for the SIGINT check: 400 took 6.7 s to diff on the 2-core VM (jobs 1),
# so with 2,000 a machine 30 times faster is still running 1 s after the extraction.
COPIES_FOR_SIGINT = 2000


def run(*args, env=None, cwd=None):
    return amend("diff", *args, env=env, cwd=cwd, timeout=900)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def without_rule(pack_text, rule_id):
    """The pack with the [[rule]] block of `rule_id` taken out (checked with tomllib)."""
    blocks = re.split(r"(?m)^(?=\[\[rule\]\]$)", pack_text)
    kept = [b for b in blocks if not re.search(r'(?m)^id = "%s"$' % re.escape(rule_id), b)]
    assert len(kept) == len(blocks) - 1, rule_id
    out = "".join(kept)
    before, after = tomllib.loads(pack_text)["rule"], tomllib.loads(out)["rule"]
    assert [r["id"] for r in before if r["id"] != rule_id] == [r["id"] for r in after]
    return out


def rule_line(pack_text, rule_id):
    """1-based line of the [[rule]] header of `rule_id` (the pack's "file:line")."""
    header = 0
    for n, line in enumerate(pack_text.splitlines(), 1):
        if line == "[[rule]]":
            header = n
        if line == 'id = "%s"' % rule_id:
            return header
    raise KeyError(rule_id)


def make_rules_dir(root, pack_text):
    """root/rules/packs/pax.toml beside root/schemas -> the repo's schemas, so the pack's
    relative vocabulary paths ("../../schemas/...") resolve as in the repo."""
    write(os.path.join(root, "rules", "packs", "pax.toml"), pack_text)
    os.symlink(os.path.join(SRC, "schemas"), os.path.join(root, "schemas"))
    return os.path.join(root, "rules", "packs")


def damage(text, labels):
    """Appends " Hermitian" to the "<label><TAB>No specific mention." line of each label."""
    for label in labels:
        line = "%s\t%s" % (label, NSM)
        assert text.count(line + "\n") == 1, label
        text = text.replace(line + "\n", line + " Hermitian\n")
    return text


def check_known_change(report, damaged, unaffected, hermitian_lines, where_a):
    """`damaged`: {corpus path: [(section, label)...]} of the rows given " Hermitian"."""
    changed = {d["path"]: d for d in report["changed"]}
    check(set(changed) == set(damaged), f"exactly the damaged documents change: {sorted(changed)}")
    for path in unaffected:
        check(path not in changed, f"{path} (no damage) is not reported")
    for path, rows in damaged.items():
        d = changed.get(path)
        if d is None:
            continue
        check(d["status_a"] == "ok" and d["status_b"] == "ok", f"{path}: parsed on both sides")
        check(d["fields"] == [] and d["members"] == [], f"{path}: no field changes")
        got_rows = [(r["section"], r["label"]) for r in d["rows"]]
        check(got_rows == rows, f"{path}: exactly the damaged rows change: {got_rows}")
        for r in d["rows"]:
            what = f"{path}: {r['section']} / {r['label']}"
            check(r["before"]["mentioned"] is False, what + ": not mentioned on side A")
            check(r["after"]["mentioned"] is True, what + ": mentioned on side B")
            check("Hermitian" in json.dumps(r["after"]) and "Hermitian" not in json.dumps(r["before"]),
                  what + ": the noise word is in B's value only")
            check("mentioned" in r["changed"], what + ": 'mentioned' listed as changed")
    rules = {r["id"]: r for r in report["rules"]}
    hit = rules.get(RULE, {})
    check(hit.get("a") == hermitian_lines, f"{RULE} hits {hermitian_lines} times on A (got {hit.get('a')})")
    check(hit.get("b") is None and hit.get("where_b") is None, f"{RULE} is absent on side B")
    check(hit.get("where_a") == where_a, f"{RULE} located at {where_a} (got {hit.get('where_a')})")
    others = [r for r in report["rules"] if r["id"] != RULE]
    check(all(r["a"] is not None and r["b"] is not None for r in others),
          "every other rule is on both sides")
    check([r["id"] for r in report["rules"]] == sorted(rules), "rules listed by id")
    check(report["summary"]["documents_changed"] == len(damaged), "summary counts the changed documents")


# Rows of the seed sheet given the noise word, by section (spec/pax-sheet-layout.txt).
SEED_DAMAGE = {
    "damaged/one.txt": [("Gender", "LGBTI")],
    "damaged/two.txt": [("Governance", "Elections"), ("Security sector", "Police")],
}


def seed():
    with open(PACK, encoding="utf-8") as f:
        pack = f.read()
    with open(SEED, encoding="utf-8") as f:
        base = f.read().replace("Hermitian", "")  # the seed's own noise word, as the rule does
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        write(os.path.join(corpus, "clean.txt"), base)
        for path, rows in SEED_DAMAGE.items():
            write(os.path.join(corpus, path), damage(base, [label for _, label in rows]))
        write(os.path.join(corpus, "notes.txt"), "Minutes of the meeting.\nNothing else.\n")
        rules_b = make_rules_dir(os.path.join(tmp, "b"), without_rule(pack, RULE))
        common = [corpus, "--no-default-rules", "--rules-a", PACK.rsplit("/", 1)[0], "--rules-b", rules_b]

        r = run(*common, "--format", "json")
        check(r.returncode == 0, f"a change without --fail-on-change exits 0 (got {r.returncode}: {r.stderr})")
        report = json.loads(r.stdout)
        check(report["documents"] == 4, "4 corpus files compared (recursively)")
        check_known_change(report, SEED_DAMAGE, ["clean.txt"], 3, f"{PACK}:{rule_line(pack, RULE)}")
        check([f["path"] for f in report["failed"]] == ["notes.txt"], "a text with no sheet fails on both sides")
        check("no sheet found" in report["failed"][0]["error"] if report["failed"] else False,
              "and says why (no sheet found), without counting as a change")
        check(report["diagnostics"].get("code-unknown", {}).get("b", 0) >= 3,
              "B's parser reports the unknown code values it kept")

        r = run(*common, "--fail-on-change")
        check(r.returncode == 1, f"--fail-on-change with changes exits 1 (got {r.returncode})")
        check(r.stderr.strip() == "amend: 2 of 4 document(s) change (--fail-on-change)",
              f"and says so in one line: {r.stderr.strip()!r}")
        text = r.stdout
        check(text.startswith("--- " + PACK.rsplit("/", 1)[0] + "\n+++ " + rules_b + "\n"),
              "text report opens with --- A / +++ B")
        for path, rows in SEED_DAMAGE.items():
            check("@@ " + path + "\n" in text, f"text report has a hunk for {path}")
            for section, label in rows:
                check(f" row {section} / {label}: mentioned, codes, quotes\n" in text,
                      f"text report names the row {section} / {label} and its changed parts")
        check(text.count("-  mentioned false\n") == 3 and text.count("+  mentioned true\n") == 3,
              "text report shows mentioned false -> true for each damaged row")
        check(re.search(r"(?m)^  %s +3 -> \(absent\)$" % RULE, text) is not None,
              "text report shows the rule's hits: 3 -> (absent)")
        check(text.rstrip().splitlines()[-1].startswith("2 of 4 document(s) change (0 in status), "),
              "text report ends with the count line")

        # The same with two jobs: the same report, byte for byte.
        r1 = run(*common, "--format", "json", "--jobs", "1")
        r2 = run(*common, "--format", "json", "--jobs", "2")
        check(r1.returncode == r2.returncode == 0 and r1.stdout == r2.stdout, "--jobs 2 gives the same report")

        # Identical rule sets: no change, exit 0 even with --fail-on-change; -o writes the file.
        out = os.path.join(tmp, "same.json")
        r = run(corpus, "--no-default-rules", "--rules", PACK.rsplit("/", 1)[0], "--fail-on-change",
                "--format", "json", "-o", out)
        check(r.returncode == 0 and r.stdout == "", f"identical rules: exit 0, nothing on stdout ({r.stderr})")
        with open(out, encoding="utf-8") as f:
            same = json.load(f)
        check(same["changed"] == [] and same["summary"]["rules_changed"] == 0, "identical rules: nothing changes")
        check({r["id"]: r["a"] for r in same["rules"]} == {r["id"]: r["b"] for r in same["rules"]},
              "identical rules: equal hit counts")
        check({r["id"]: r["a"] for r in same["rules"]}[RULE] == 3, "the rule still counts its 3 hits per side")
        r = run(corpus, "--fail-on-change")  # shipped packs on both sides, the default
        check(r.returncode == 0 and "0 of 4 document(s) change" in r.stdout, "default sides: no change, exit 0")

        # A status change: B adds an over-eager rule (tests/diff/data/wrapper) that deletes a
        # sheet saved inside <html>...</html>; side A parses it, side B finds no sheet.
        write(os.path.join(corpus, "web", "saved.txt"), "<html>\n" + base + "</html>\n")
        wrapper = os.path.join(SRC, "tests", "diff", "data", "wrapper")
        r = run(corpus, "--rules-b", wrapper, "--format", "json")
        report = json.loads(r.stdout)
        saved = os.path.join(corpus, "web", "saved.txt")
        check([(d["path"], d["status_a"], d["status_b"]) for d in report["changed"]]
              == [("web/saved.txt", "ok", saved + ": no sheet found")],
              "status change: only the saved sheet, parsed on A, no sheet found on B")
        hits = {x["id"]: (x["a"], x["b"]) for x in report["rules"]}
        check(hits.get("html-wrapper") == (None, 1), f"the wrapper rule: absent on A, 1 hit on B ({hits.get('html-wrapper')})")
        r = run(corpus, "--rules-b", wrapper, "--fail-on-change")
        check(r.returncode == 1, f"a status change fails --fail-on-change (got {r.returncode})")
        check(f"@@ web/saved.txt\n status\n-  ok\n+  {saved}: no sheet found\n" in r.stdout,
              "text report shows the status hunk")
        check("(1 in status)" in r.stdout.splitlines()[-1], "and counts it in the last line")


def pax():
    sys.path.insert(0, os.path.join(SRC, "scripts", "pax"))
    sys.path.insert(0, os.path.join(SRC, "scripts", "bench"))
    import pax_records
    import sheet_text
    try:
        data = pax_records.load_pax(os.environ.get("AMEND_SHARED_DIR") or None)
    except FileNotFoundError as e:
        skip(f"PA-X data absent ({e.filename})")
    with open(PACK, encoding="utf-8") as f:
        pack = f.read()
    ids = data.sample_ids(6, seed=11)
    damaged, unaffected = {}, []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        for n, agt in enumerate(ids):
            record = data.record_for(agt)
            text = sheet_text.render(record)
            path = f"pax-{agt}.txt"
            if n % 2 == 0:  # every other sheet: the noise word on 1, 2, 3 rows
                # Rows not mentioned whose label line occurs once (labels repeat across sections).
                rows = [(p["section"], p["label"]) for p in record["provisions"] if not p["mentioned"]
                        and text.count("%s\t%s\n" % (p["label"], NSM)) == 1]
                step = max(1, len(rows) // 4)
                chosen = rows[step - 1::step][: n // 2 + 1]
                text = damage(text, [label for _, label in chosen])
                damaged[path] = chosen
            else:
                unaffected.append(path)
            write(os.path.join(corpus, path), text)
        rules_b = make_rules_dir(os.path.join(tmp, "b"), without_rule(pack, RULE))
        r = run(corpus, "--no-default-rules", "--rules-a", PACK.rsplit("/", 1)[0], "--rules-b", rules_b,
                "--format", "json", "--jobs", "2")
        check(r.returncode == 0, f"diff exits 0 (got {r.returncode}: {r.stderr})")
        report = json.loads(r.stdout)
        check(report["documents"] == 6 and report["failed"] == [], "6 PA-X sheets compared, none failed")
        check_known_change(report, damaged, unaffected, sum(len(v) for v in damaged.values()),
                           f"{PACK}:{rule_line(pack, RULE)}")


def git():
    with open(PACK, encoding="utf-8") as f:
        pack = f.read()
    with open(SEED, encoding="utf-8") as f:
        base = f.read().replace("Hermitian", "")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = os.path.join(tmp, "scratch")  # $TMPDIR of amend: must be empty afterwards
        os.mkdir(scratch)
        env = dict(os.environ, TMPDIR=scratch, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
                   GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
        repo = os.path.join(tmp, "repo")

        def git(*args):
            return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True, env=env, check=True).stdout

        # A rules repository: the pack and, beside it, the vocabularies it names relatively.
        os.makedirs(repo)
        git("init", "-q")
        write(os.path.join(repo, "rules", "packs", "pax.toml"), pack)
        subprocess.run(["cp", "-r", os.path.join(SRC, "schemas"), os.path.join(repo, "schemas")], check=True)
        git("add", "-A")
        git("commit", "-qm", "all rules")
        write(os.path.join(repo, "rules", "packs", "pax.toml"), without_rule(pack, RULE))
        git("commit", "-qam", "drop the noise-word rule")
        git("tag", "dropped")
        head = git("rev-parse", "HEAD")
        corpus = os.path.join(tmp, "corpus")
        write(os.path.join(corpus, "clean.txt"), base)
        for path, rows in SEED_DAMAGE.items():
            write(os.path.join(corpus, path), damage(base, [label for _, label in rows]))

        r = run(corpus, "--no-default-rules", "--rules", "rules/packs", "--git-a", "HEAD~1", "--git-b", "dropped",
                "--format", "json", env=env, cwd=repo)
        check(r.returncode == 0, f"git revisions: exit 0 (got {r.returncode}: {r.stderr})")
        report = json.loads(r.stdout) if r.returncode == 0 else {"changed": [], "rules": [], "summary": {}}
        check(report.get("a") == "HEAD~1:rules/packs" and report.get("b") == "dropped:rules/packs",
              f"sides named REV:path ({report.get('a')}, {report.get('b')})")
        check_known_change(report, SEED_DAMAGE, ["clean.txt"], 3,
                           f"HEAD~1:rules/packs/pax.toml:{rule_line(pack, RULE)}")
        check(os.listdir(scratch) == [], "the extracted trees are removed")

        # SIGINT once the trees are extracted and documents are running: exit 130, no report,
        # the trees removed.
        big = os.path.join(tmp, "big")
        for i in range(COPIES_FOR_SIGINT):
            write(os.path.join(big, f"copy-{i:03d}.txt"), base)
        out = os.path.join(tmp, "interrupted.txt")
        p = subprocess.Popen([BIN, "diff", big, "--no-default-rules", "--rules", "rules/packs", "--git-a",
                              "HEAD~1", "--git-b", "dropped", "--jobs", "1", "-o", out],
                             stderr=subprocess.PIPE, text=True, env=env, cwd=repo)
        deadline = time.monotonic() + 60
        while len(os.listdir(scratch)) < 2 and p.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)
        p.send_signal(signal.SIGINT)
        err = p.communicate(timeout=300)[1]
        check(p.returncode == 130 and err.strip().endswith("amend: interrupted; no report written"),
              f"SIGINT: exit 130 and says so (got {p.returncode}: {err.strip()[-200:]!r})")
        check(not os.path.exists(out), "SIGINT: no partial report")
        check(os.listdir(scratch) == [], f"SIGINT: the extracted trees are removed ({os.listdir(scratch)})")

        # --repo from elsewhere, side B from the working tree (the same as HEAD): no change
        # against HEAD, a change against HEAD~1 given with --fail-on-change.
        r = run(corpus, "--no-default-rules", "--repo", repo, "--git-a", "HEAD", "--rules-a", "rules/packs",
                "--rules-b", os.path.join(repo, "rules", "packs"), "--fail-on-change", env=env)
        check(r.returncode == 0, f"HEAD against its own working tree: no change, exit 0 ({r.stderr.strip()})")
        r = run(corpus, "--no-default-rules", "--repo", repo, "--git-a", "HEAD~1", "--rules-a", "rules/packs",
                "--rules-b", os.path.join(repo, "rules", "packs"), "--fail-on-change", env=env)
        check(r.returncode == 1, f"HEAD~1 against the working tree: changes, exit 1 (got {r.returncode})")

        # A revision that does not exist, and a pack that does not load at a revision.
        r = run(corpus, "--no-default-rules", "--rules", "rules/packs", "--git-a", "no-such-rev", env=env, cwd=repo)
        check(r.returncode == 2, f"bad revision: exit 2 (got {r.returncode})")
        check(r.stderr == "amend: no-such-rev: no such commit in the git repository .\n",
              f"bad revision: one clear line: {r.stderr!r}")
        r = run(corpus, "--no-default-rules", "--rules", "rules/nowhere", "--git-a", "HEAD", env=env, cwd=repo)
        check(r.returncode == 2 and r.stderr == "amend: HEAD:rules/nowhere: no such directory at this revision\n",
              f"a directory missing at the revision: exit 2, named as REV:path ({r.stderr!r})")
        r = run(corpus, "--rules", "rules/packs", "--git-a", "HEAD", "--repo", scratch, env=env)
        check(r.returncode == 2 and r.stderr.startswith(f"amend: {scratch}: not a git repository"),
              f"not a repository: exit 2 ({r.stderr!r})")
        bad = os.path.join(SRC, "tests", "rules", "data", "bad", "bad.toml")
        os.makedirs(os.path.join(repo, "rules", "bad"))
        subprocess.run(["cp", bad, os.path.join(repo, "rules", "bad", "bad.toml")], check=True)
        git("add", "-A")
        git("commit", "-qm", "a broken pack")
        r = run(corpus, "--no-default-rules", "--rules-a", "rules/packs", "--rules-b", "rules/bad",
                "--git-a", "HEAD", "--git-b", "HEAD", env=env, cwd=repo)
        lines = r.stderr.splitlines()
        check(r.returncode == 4, f"bad pack at a revision: exit 4 (got {r.returncode})")
        check(lines[:1] == ["HEAD:rules/bad/bad.toml:8:9: bad pattern: missing ): \\bAgr(ee"],
              f"named REV:file:line:col ({lines[:1]})")
        check(lines[-1:] == ["amend: in rule set B (HEAD:rules/bad)"], f"and the side ({lines[-1:]})")
        check(os.listdir(scratch) == [], "no extracted tree left after errors")
        check(git("status", "--porcelain") == "" and git("rev-parse", "HEAD~1") == head,
              "the repository is untouched (clean work tree, same history)")


def scan():
    """A scan is recognized once and its sheet text read by both sides: the values the diff
    reports for side A and side B are those `amend convert` gives with each rule set."""
    pdf = os.path.join(SRC, "fixtures", "scans", "nagorno-karabakh-1993-office.pdf")
    packs = os.path.join(SRC, "rules", "packs")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        os.makedirs(corpus)
        os.symlink(pdf, os.path.join(corpus, "office.pdf"))
        # Side A: the shipped pack; side B: no rules at all.
        r = run(corpus, "--no-default-rules", "--rules-a", packs, "--format", "json")
        check(r.returncode == 0, f"scan corpus: exit 0 (got {r.returncode}: {r.stderr.strip()})")
        report = json.loads(r.stdout)
        check(report["documents"] == 1 and report["failed"] == [], "the scan is compared")
        check(sum(x["a"] for x in report["rules"]) > 0, "side A's rules edit the scan's sheet text")
        check(all(x["b"] is None for x in report["rules"]), "side B has no rules")
        records = {}
        for side, extra in (("a", ["--rules", packs]), ("b", [])):
            c = subprocess.run([BIN, "convert", pdf, "--no-default-rules", *extra], capture_output=True,
                               text=True, timeout=900)
            check(c.returncode == 0, f"convert with side {side}'s rules: exit 0 ({c.stderr.strip()})")
            records[side] = json.loads(c.stdout) if c.returncode == 0 else {}
        for d in report["changed"]:
            for f in d["fields"]:
                for side, key in (("a", "before"), ("b", "after")):
                    check(records[side].get("fields", {}).get(f["name"]) == f[key],
                          f"field {f['name']}: side {side} value is convert's")
            convert_rows = {side: {(p["section"], p["label"]): p for p in rec.get("provisions", [])}
                            for side, rec in records.items()}
            for row in d["rows"]:
                for side, key in (("a", "before"), ("b", "after")):
                    check(convert_rows[side].get((row["section"], row["label"])) == row[key],
                          f"row {row['section']} / {row['label']}: side {side} value is convert's")
        changed_fields = {f["name"] for d in report["changed"] for f in d["fields"]}
        want = {k for k in records["a"].get("fields", {}) if records["a"]["fields"].get(k) != records["b"].get("fields", {}).get(k)}
        check(changed_fields == want, f"the fields that differ between the two converts are reported: {sorted(want)}")
        rows = {side: [(p["section"], p["label"], json.dumps(p, sort_keys=True)) for p in rec.get("provisions", [])]
                for side, rec in records.items()}
        want_rows = {(s, l) for (s, l, x), (_, _, y) in zip(rows["a"], rows["b"]) if x != y}
        got_rows = {(row["section"], row["label"]) for d in report["changed"] for row in d["rows"]}
        check(got_rows == want_rows, f"so are the rows that differ: {sorted(want_rows)}")


def bad_input():
    with tempfile.TemporaryDirectory() as tmp:
        missing = os.path.join(tmp, "no-corpus")
        r = run(missing, "--rules-b", os.path.join(SRC, "rules", "packs"))
        check(r.returncode == 2, f"missing corpus: exit 2 (got {r.returncode})")
        check(r.stderr == f"amend: {missing}: not a directory\n", f"one line naming it: {r.stderr!r}")
        corpus = os.path.join(tmp, "corpus")
        with open(SEED, encoding="utf-8") as f:
            write(os.path.join(corpus, "seed.txt"), f.read())
        bad_dir = os.path.join(SRC, "tests", "rules", "data", "bad")
        out = os.path.join(tmp, "report.txt")
        r = run(corpus, "--rules-b", bad_dir, "-o", out)
        lines = r.stderr.splitlines()
        check(r.returncode == 4, f"bad pack on side B: exit 4 (got {r.returncode})")
        check(lines[:1] == [f"{bad_dir}/bad.toml:8:9: bad pattern: missing ): \\bAgr(ee"],
              f"file:line:col first ({lines[:1]})")
        check(lines[-1:] == [f"amend: in rule set B (shipped packs + {bad_dir})"], f"then the side ({lines[-1:]})")
        check(not os.path.exists(out), "no report written")
        r = run(corpus, "--rules-a", bad_dir)
        check(r.returncode == 4 and r.stderr.splitlines()[-1:] == [f"amend: in rule set A (shipped packs + {bad_dir})"],
              "bad pack on side A names side A")
        r = run(corpus, "-o", os.path.join(tmp, "no-dir", "report.txt"))
        check(r.returncode == 6, f"output folder missing: exit 6 (got {r.returncode}: {r.stderr.strip()})")
        r = run(corpus, "--format", "xml")
        check(r.returncode == 1, f"unknown format: usage error, exit 1 (got {r.returncode})")
        r = run(corpus, "--git-a", "HEAD")
        check(r.returncode == 1 and "--git-a needs rule directories" in r.stderr,
              f"--git-a without directories: usage error ({r.stderr.strip()})")
        # --strict on both sides: the seed's repairs (a row printed twice, ...) fail it alike.
        r = run(corpus, "--strict", "--format", "json")
        failed = json.loads(r.stdout).get("failed", []) if r.returncode == 0 else []
        check(len(failed) == 1 and failed[0]["path"] == "seed.txt" and failed[0]["error"].endswith("(--strict)"),
              f"--strict: the repaired seed sheet fails on both sides, not a change ({failed})")
        # The OCR flags reach the scans: a language without a model stops the diff.
        shutil.copy(os.path.join(SRC, "fixtures", "scans", "nagorno-karabakh-1993-office.pdf"), corpus)
        r = run(corpus, "--lang", "xyz")
        check(r.returncode == 3 and "'xyz'" in r.stderr, f"--lang xyz: exit 3 naming it ({r.stderr.strip()})")
        with open(os.path.join(corpus, "seed.txt"), encoding="utf-8") as f, open(SEED, encoding="utf-8") as g:
            check(f.read() == g.read(), "input unchanged")


if __name__ == "__main__":
    modes = {"seed": seed, "pax": pax, "git": git, "scan": scan, "bad-input": bad_input}
    if len(sys.argv) != 2 or sys.argv[1] not in modes:
        print(__doc__)
        sys.exit(2)
    modes[sys.argv[1]]()
    finish()
