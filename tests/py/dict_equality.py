print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2})
print({} == {}, {1: 2} == [(1, 2)])
try:
    {} < {}
except TypeError:
    print('TypeError')
