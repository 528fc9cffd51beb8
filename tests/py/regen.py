"""Regenerate the expected output (`<name>.exp`) of every conformance test.

Each test `tests/py/<name>.py` (not `mod_*`, not in a subfolder) runs under
this CPython, which must be 3.11, with cwd = tests/py and a timeout; its
stdout becomes `<name>.exp`. A test with a hand-written `<name>.mupy.exp`
(first line `# mupy: <why>`) keeps it: no `.exp` is written for it, and a
stale one is removed.

    python3 tests/py/regen.py            # regenerate all
    python3 tests/py/regen.py NAME...    # only these tests (name or file)
    python3 tests/py/regen.py --check    # compare, write nothing; also rerun
                                         # under another hash seed to catch
                                         # output that depends on hash order

Exit status 1 if any test failed (non-zero exit, timeout, mismatch).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 10
SEEDS = ("0", "12345")


def tests(names):
    if names:
        out = []
        for n in names:
            n = os.path.basename(n)
            out.append(n if n.endswith(".py") else n + ".py")
        return out
    return sorted(
        f
        for f in os.listdir(HERE)
        if f.endswith(".py")
        and not f.startswith("mod_")
        and f != "regen.py"
        and os.path.isfile(os.path.join(HERE, f))
    )


def run(name, seed):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    try:
        p = subprocess.run(
            [sys.executable, name],
            cwd=HERE,
            env=env,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if p.returncode != 0:
        return p.stdout, "exit %d: %s" % (p.returncode, p.stderr.decode()[-300:])
    if p.stderr:
        # A warning means the test leans on something CPython frowns upon.
        return p.stdout, "stderr: %s" % p.stderr.decode()[-300:]
    return p.stdout, None


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py needs CPython 3.11, this is %s" % sys.version.split()[0])
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    failed = []
    written = 0
    for name in tests(args):
        base = name[:-3]
        exp = os.path.join(HERE, base + ".exp")
        if os.path.exists(os.path.join(HERE, base + ".mupy.exp")):
            if os.path.exists(exp) and not check:
                os.remove(exp)
            continue
        out, err = run(name, SEEDS[0])
        if err:
            failed.append((name, err))
            continue
        if check:
            out2, err2 = run(name, SEEDS[1])
            if err2 or out2 != out:
                failed.append((name, "output depends on the hash seed"))
                continue
            with open(exp, "rb") as f:
                if f.read() != out:
                    failed.append((name, "differs from .exp"))
            continue
        with open(exp, "wb") as f:
            f.write(out)
        written += 1
    for name, err in failed:
        print("FAIL", name, err)
    if not check:
        print("wrote %d .exp files" % written)
    print("%d failed" % len(failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
