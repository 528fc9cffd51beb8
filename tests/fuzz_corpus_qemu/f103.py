from collections import deque
d = deque([10, 20, 30])
print(d[0], d[1], d[-1], d[-3])
for i in (3, -4):
    try:
        d[i]
    except IndexError:
        print('IndexError', i)
