l = [10, 20, 30, 40]
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-1), l)
try:
    [].pop()
except IndexError:
    print('IndexError')
try:
    [1].pop(5)
except IndexError:
    print('IndexError')
