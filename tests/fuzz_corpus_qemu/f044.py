print(sum([0.5, 0.25, 0.125]))
total = 0.0
for i in range(8):
    total += 0.5
print(total)
print(sum([1.5] * 4, 0.5))
