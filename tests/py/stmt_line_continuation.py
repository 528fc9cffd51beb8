total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,
]
print(items, (4,
              5))
s = ('implicit '
     'join')
print(s)
