import sys
try:
    sys.exit(2)
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.args)
try:
    raise SystemExit('msg')
except SystemExit as e:
    print(e)
