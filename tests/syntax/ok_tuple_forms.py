a = ()
b = (1,)
c = 1,
d = 1, 2
e = (1, 2)
f = ((1,), (2,))
for x in 1, 2, 3:
    pass
return_value = lambda: (1, 2)
