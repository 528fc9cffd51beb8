import sys
print('to stdout', file=sys.stdout)
print('a', 'b', sep='-', file=sys.stdout)
sys.stdout.write('x' + 'y' * 3 + '\n')
