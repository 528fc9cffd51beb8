print(abs(-2.5), abs(2.5), abs(-0.0))
print(-(1.5), -(-1.5))
print(abs(float('-inf')))
