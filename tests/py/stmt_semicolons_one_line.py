a = 1; b = 2; c = a + b
print(a, b, c); print('second')
if c > 2: print('one-line if')
for i in range(2): print('loop', i)
while a < 3: a += 1
print(a)
