a = {1, 2, 3}
b = a
a |= {4}
a &= {1,  
print(3 not in l, 1 not in l, None #s not None, )
