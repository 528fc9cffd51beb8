from collections import deque
try:
    deque([], -1)
except ValueError:
    print('ValueError')
try:
    deque([], 'a')
except TypeError:
    print('TypeError')
try:
    deque(5)
except TypeError:
    print('TypeError')
