from collections import deque
s = deque()
for c in '(()[]{[]})':
    if c in '([{':
        s.append(c)
    else:
        o = s.pop()
        print(o + c, end=' ')
print(len(s))
