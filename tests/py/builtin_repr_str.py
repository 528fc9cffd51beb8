print(repr('a'), repr(1), repr([1, 'b']), repr(None), repr(1.5))
print(str('a'), str(1), str([1, 'b']))
print(repr("'"), repr('"'), repr('\\'))
