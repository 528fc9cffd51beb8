print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a')
print('abc' == 'abc', 'abc' != 'abd', '' < 'a')
print(max('apple', 'pear', 'fig'), min(['zz', 'za', 'b']))
print('é' > 'z')
