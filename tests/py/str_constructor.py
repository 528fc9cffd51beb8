print(str(), str(123), str(-4.5), str(None), str(True))
print(str([1, 'a']), str((1,)), str({'k': 1}))
print(str(b'abc', 'utf-8'), str(b'\xc3\xa9', 'utf-8'))
print(str('same'))
