# f-strings: self-documenting '=', '!=' / '==' inside, nesting, braces, errors
x, y, w, p = 3, 'hi', 8, 2
print(f'{x=}', f'{x = }', f'{y=!s}', f'{y=:>4}', f'{x=!r:^5}', f'{x*2=}')
print(f'{x!=4}', f'{x==3}', f'{x<=3}', f'{x>=3}', f'{(x:=7)}', x)
print(f'{{}}', f'{{{x}}}', f'a{{b', f'}}', f'{x:{w}.{p}f}', f'{3.14159:{w}}')
print(f'{f"{x}"}', f'''{f"{f'{y}'}"}''', f'{"a" if x else "b"}', f'{[1, 2][1]}')
print(f'{ {"k": 1}["k"] }', f'{x:#x}', f'{y!a}', f'{"é"!a}', f'''{x
}''', rf'{x}\t')
print(f'{x:{"<"}{w}}|', f'{"}"}', f"{'{'}", f'{x!r:>{w}}')
for src in ["f'{}'", "f'}'", "f'{x!z}'", "f'{x#}'", "f'{x'", "f'{x:{}}'",
            "f'{x!}'", "f'{x!r'", "f'{\"a}'", "f'{ }'", "f'{x:{y'", "f'{x=!}'"]:
    try:
        print(repr(eval(src)))
    except SyntaxError:
        print('SyntaxError', src)
