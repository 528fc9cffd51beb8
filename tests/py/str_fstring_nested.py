items = ['a', 'b']
d = {'k': 'v'}
print(f'{items[0]}{items[-1]} {d["k"]}')
print(f"{'nested ' + f'{1 + 1}'}")
print(f'{", ".join(items)}')
print(f'{(lambda v: v * 2)(3)}')
print(f'{"yes" if items else "no"}')
