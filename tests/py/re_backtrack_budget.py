import re
# A backreference turns memoisation off: the step budget ends the search.
try:
    print(re.match(r'(a*)*\1b', 'a' * 40))
except RuntimeError:
    print('RuntimeError')
print(re.match(r'(a)\1', 'aa').span())
