# TabError: indentation that lines up only under one tab size is rejected
# by compile() and exec(); it is an IndentationError and a SyntaxError.
SOURCES = [
    "if True:\n        a = 1\n\tb = 2\n",
    "if True:\n\ta = 1\n        b = 2\n",
    "if True:\n\tif True:\n\t\ta = 1\n        b = 2\n",
]
for src in SOURCES:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.args[0])
        print(isinstance(e, TabError), isinstance(e, IndentationError), isinstance(e, SyntaxError))

try:
    exec(SOURCES[0])
except IndentationError as e:
    print("caught as IndentationError:", type(e).__name__)

# Consistent tabs are fine.
exec("if True:\n\tx = 1\n\tif x:\n\t\tx = 2\nprint(x)\n")

print(issubclass(TabError, IndentationError), issubclass(TabError, SyntaxError))
print(TabError.__name__, IndentationError.__name__)
try:
    raise TabError("by hand")
except SyntaxError as e:
    print(type(e).__name__, e.args)
