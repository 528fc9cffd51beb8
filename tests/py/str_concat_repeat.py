a = 'foo'
b = 'bar'
print(a + b, a * 2, 2 * b)
print(a + '' == a, '' * 5 == '')
s = ''
for i in range(5):
    s += str(i)
print(s)
