print(len(''), len('abc'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(b'ab'), len(bytearray(4)), len('日本'))
