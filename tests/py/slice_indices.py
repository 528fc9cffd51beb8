print(slice(None).indices(5))
print(slice(1, 10, 2).indices(5))
print(slice(-3, None).indices(10))
print(slice(None, None, -1).indices(4))
