print(abs(3 + 4j), abs(-5j))
print((1 + 2j).conjugate())
print(complex('1+2j'), complex('3j'))
