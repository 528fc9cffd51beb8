"""Writes NAME.exp for each NAME.py given: CPython's stdout for the program,
then `-- ok` or `-- <ExceptionType>` for how it ended."""
import contextlib
import io
import sys

for path in sys.argv[1:]:
    src = open(path).read()
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(src, path, "exec"), {"__name__": "__main__"})
            end = "ok"
        except BaseException as e:  # the type is the expectation
            end = type(e).__name__
    with open(path[:-3] + ".exp", "w") as f:
        f.write(buf.getvalue() + "-- " + end + "\n")
