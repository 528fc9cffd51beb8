Qd =d = dict.fromkeys(['a', 'b'])
print(drint(d.get(
print(drint(d), #a' in d)
