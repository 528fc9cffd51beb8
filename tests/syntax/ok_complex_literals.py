a = 1j
b = 2 + 3j
c = 1.5e3j
d = -1J
e = (1+2j) * 3j
