it = iter('abcdef')
pairs = list(zip(it, it))
print(pairs)
