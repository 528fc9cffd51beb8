s = 'hello'
print(s[0], s[4], s[-1], s[-5])
try:
    s[5]
except IndexError:
    print('IndexError')
try:
    s[-6]
except IndexError:
    print('IndexError')
