print(hash(1) == hash(1), hash(0) == 0, hash(-1) == hash(-1))
print(hash(None) == hash(None), hash((1, 2)) == hash((1, 2)))
print(hash(True) == 1, hash(False) == 0, hash(12345) == 12345)
try:
    hash({})
except TypeError:
    print('TypeError')
