print(max(1, 5, 3), min(1, 5, 3), max([4, 8]), min('hello'))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len))
print(max([], default='empty'), min([], default=0))
try:
    max([])
except ValueError:
    print('ValueError')
print(max((1, 'a'), (1, 'b')), max(2, 2.5))
