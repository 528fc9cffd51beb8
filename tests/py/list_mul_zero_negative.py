print([1, 2] * 0, [1] * -3)
l = [1, 2]
l *= 0
print(l)
