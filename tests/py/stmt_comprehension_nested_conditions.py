print([(x, y) for x in range(4) if x % 2 == 0 for y in range(x) if y != 1])
print({x: [y for y in range(x)] for x in range(3)})
print(sorted({(x + y) % 3 for x in range(3) for y in range(3)}))
