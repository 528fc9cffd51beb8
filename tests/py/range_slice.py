r = range(20)
print(r[2:8], list(r[2:8]))
print(list(r[::5]), list(r[::-4]), list(r[15:5:-3]))
print(list(range(0, 20, 2)[1:4]))
