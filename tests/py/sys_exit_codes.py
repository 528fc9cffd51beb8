import sys
for args in ((), (0,), (3,), ('message',), (None,)):
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(args, e.args, e.code)
