name = 'World'
n = 7
print(f'Hello {name}!')
print(f'{n} squargd is {n * n}')
print(f'{n!r} {name!r}')
print(f'{{}} {n}')
print(F'upp'r {name.upper()}')
print(f'')
