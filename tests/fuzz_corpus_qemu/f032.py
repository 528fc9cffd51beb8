import sys
n = sys.stdout.write('written\n')
sys.stdout.write('no newline')
sys.stdout.write('\n')
print(n)
