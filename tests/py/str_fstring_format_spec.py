x = 3.14159
n = 42
w = 8
print(f'{x:.2f} {n:05d} {n:x} {n:>6}|')
print(f'{x:{w}.3f}|')
print(f'{"ab":^{w}}|')
print(f'{n:,} {10 ** 6:,}')
