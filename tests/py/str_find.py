s = 'hello hello'
print(s.find('ll'), s.find('ll', 3), s.find('xyz'), s.find(''))
print(s.find('h', 1), s.find('o', 0, 4), s.find('o', -3))
print(s.rfind('ll'), s.rfind('h'), s.rfind('xyz'), s.rfind(''))
print(s.rfind('l', 0, 5))
