s = 'hello world'
print('lo w' in s, 'low' in s, '' in s, 'hello world!' in s)
print('x' not in s)
try:
    1 in s
except TypeError:
    print('TypeError')
