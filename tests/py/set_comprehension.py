print(sorted({x % 4 for x in range(20)}))
print(sorted({c for c in 'mississippi'}))
print(len({(i, j) for i in range(3) for j in range(3)}))
