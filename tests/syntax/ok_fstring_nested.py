a = f'{x}'
b = f'{x!r} {y!s} {z!a}'
c = f'{x:>10}'
d = f'{x:{w}.{p}}'
e = f"{'nested'}"
f = f"{f'{x}'}"
g = f'{x["key"]}'
h = f'{{escaped}} {x}'
i = f'{x + y * 2}'
j = f'{[i for i in range(3)]}'
k = f'{ {"a": 1}["a"] }'
l = f'''{x}
{y}'''
m = f'{(lambda: 1)()}'
n = f'{x if x else y}'
