print(float(), float(3), float(-7))
print(float('1.5'), float('  -2.25  '), float('1e3'))
print(float('.5'), float('5.'), float('+1.0'))
print(float(True))
