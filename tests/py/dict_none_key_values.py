d = dict.fromkeys(['a', 'b'])
print(d)
print(d.get('a', 'missing'), 'a' in d)
