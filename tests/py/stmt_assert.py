assert True
assert 1 + 1 == 2, 'math'
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print('AssertionError:', e)
x = 5
try:
    assert x < 0, 'x=%d' % x
except AssertionError as e:
    print(e)
