from collections import deque
d = deque()
for m in (d.pop, d.popleft):
    try:
        m()
    except IndexError:
        print('IndexError')
