d = {b'k': 1}
print(d[b'k'], hash(b'ab') == hash(b'a' + b'b'))
print(b'k' in d, 'k' in d)
