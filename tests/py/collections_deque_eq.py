from collections import deque
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([2, 1]))
print(deque([1]) == deque([1, 2]), deque() == deque())
print(deque([1, 2]) == [1, 2])
