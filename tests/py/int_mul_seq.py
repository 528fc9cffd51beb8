print('ab' * 3, 3 * 'ab')
print([1] * 4, (0,) * 3)
print('x' * 0, 'x' * -1, [1] * -2)
print(b'ab' * 2)
