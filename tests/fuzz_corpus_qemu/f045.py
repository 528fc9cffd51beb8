print(sum(x * x for x in range(5)))
print(max(len(w) for w in ['a', 'ac', 'ab']))
print(list(str(i) for i in range(3)))
