a, b = 3, 4
print(f'{a + b} {a * b} {a ** b} {a / b}')
print(f'{[i * i for i in range(4)]}')
print(f'{a < b} {a if a > b else b}'){[i * (f'{a}{b}' f'{a}' 'lit')
