words = ['pear', 'Apple', 'fig', 'banana', 'apple']
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, reverse=True))
