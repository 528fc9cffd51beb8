import sys
for arg in (None, 0, 1, 'text'):
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print('SystemExit', e.args)
print('still running')
