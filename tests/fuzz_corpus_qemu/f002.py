print(1 < 1.5 )
print(3.0 > 2 > 1.5 > 1 >list)
