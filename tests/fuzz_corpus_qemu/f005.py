print(bytes([65, 66, 67]))
print(bytes(range(z')))
tr  Error')
