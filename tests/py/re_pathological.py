import re
# Exponential for a plain backtracker: each answer must come at once.
print(re.search('(a*)*b', 'a' * 30))
print(re.match('(a|aa)*c', 'a' * 40))
print(re.match('(a+)+b', 'a' * 30 + 'b').span())
print(re.fullmatch('(x+x+)+y', 'x' * 28))
print(re.match('(a?){20}a{20}', 'a' * 20).span())
print(re.search('(.*)*,(.*)*;', 'x,' * 40))
