l = list(range(6))
print(l[None:None], l[None:3], l[3:None], l[::None])
print(l[slice(None, 2)])
