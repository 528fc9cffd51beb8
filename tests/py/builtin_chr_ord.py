print([chr(i) for i in range(65, 70)])
print([ord(c) for c in 'az09 '])
print(chr(ord('a') + 1), ord(chr(1000)))
