"""Check the syntax corpus against CPython 3.11 and regenerate `err_*.exp`.

- every `ok_*.py` must compile with CPython's `compile(..., 'exec')`, with
  warnings turned into errors (so no valid program leans on a deprecated
  escape or a `SyntaxWarning`);
- every `err_*.py` must fail to compile; `err_<name>.exp` gets one line,
  `<ErrorType> <line>`, CPython's exception type name and line number.

    python3 tests/syntax/regen.py           # check ok files, write .exp files
    python3 tests/syntax/regen.py --check   # write nothing, compare .exp files

Exit status 1 if anything failed.
"""

import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def source(name):
    # Bytes, as the compiler under test sees them: no newline translation.
    with open(os.path.join(HERE, name), "rb") as f:
        return f.read()


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py needs CPython 3.11, this is %s" % sys.version.split()[0])
    check = "--check" in sys.argv
    names = sorted(os.listdir(HERE))
    failed = []
    n_ok = n_err = 0
    for name in names:
        if not name.endswith(".py") or name == "regen.py":
            continue
        src = source(name)
        if name.startswith("ok_"):
            n_ok += 1
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                try:
                    compile(src, name, "exec", dont_inherit=True)
                except (SyntaxError, Warning, ValueError) as e:
                    failed.append((name, "does not compile: %r" % e))
        elif name.startswith("err_"):
            n_err += 1
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    compile(src, name, "exec", dont_inherit=True)
                except SyntaxError as e:
                    line = "%s %d\n" % (type(e).__name__, e.lineno)
                else:
                    failed.append((name, "compiles"))
                    continue
            exp = os.path.join(HERE, name[:-3] + ".exp")
            if check:
                old = open(exp).read() if os.path.exists(exp) else None
                if old != line:
                    failed.append((name, "expected %r, CPython says %r" % (old, line)))
            else:
                with open(exp, "w") as f:
                    f.write(line)
        else:
            failed.append((name, "name must start with ok_ or err_"))
    for name, why in failed:
        print("FAIL", name, why)
    print("%d ok files, %d err files, %d failed" % (n_ok, n_err, len(failed)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
