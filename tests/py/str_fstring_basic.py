name = 'World'
n = 7
print(f'Hello {name}!')
print(f'{n} squared is {n * n}')
print(f'{n!r} {name!r}')
print(f'{{}} {n}')
print(F'upper {name.upper()}')
print(f'')
