t = (1, 2, 3, 2, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2))
try:
    t.index(9)
except ValueError:
    print('ValueError')
