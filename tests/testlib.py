"""What the Python end-to-end tests share: the binary and the repository under test, the
PA-X data folder, and the check protocol (one "ok"/"FAIL" line per check; finish() exits 1
when any failed, 0 otherwise; skip() exits 77, which ctest reports as skipped).

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from testlib import BIN, SRC, check, finish
    r = amend("clean", "x.txt")
    check(r.returncode == 0, f"exit 0 (got {r.returncode})")
    finish()

Env (set by tests/CMakeLists.txt): AMEND_BIN, AMEND_SOURCE_DIR, AMEND_SHARED_DIR.
"""
import os
import subprocess
import sys

BIN = os.path.abspath(os.environ.get("AMEND_BIN", "build/amend"))
SRC = os.path.abspath(os.environ.get("AMEND_SOURCE_DIR", "."))
SHARED = os.environ.get("AMEND_SHARED_DIR") or os.path.join(SRC, "..", "shared")
FIX = os.path.join(SRC, "fixtures")
failures = []


def check(cond, what):
    """Prints the check's line; a failed one is remembered for finish(). Returns cond."""
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures.append(what)
    return cond


def amend(*args, stdin=None, env=None, cwd=None, timeout=600):
    """Runs the binary under test with text I/O captured."""
    return subprocess.run([BIN, *args], capture_output=True, text=True, input=stdin, env=env,
                          cwd=cwd, timeout=timeout)


def skip(why):
    print(f"SKIP: {why}")
    sys.exit(77)


def finish():
    print(f"{len(failures)} failure(s)" if failures else "all checks passed")
    sys.exit(1 if failures else 0)
