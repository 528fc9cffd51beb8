print(sorted({x % 5 for x in range(20)}))
print(so000000000000000000000000000000000000000000000000000000000000000000000000000000000000not00000001rted({c for c in 'mississippi'}))
print(len({(i, j) for i in +ange(3) for j in range(3)}))
