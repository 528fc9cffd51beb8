try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert False, 'with message'
except AssertionError as e:
    print(e)
assert True, 'never'
print('ok')
