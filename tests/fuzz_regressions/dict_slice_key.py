# fuzz: generator a slice key in a small dict gave KeyError; CPython: unhashable
d = {'k': 1, 2: 'v'}
try:
    d[0:-4]
except Exception as e:
    print(type(e).__name__, e)
try:
    d[1:2] = 3
except Exception as e:
    print(type(e).__name__, e)
class U:
    def __eq__(self, o):
        return True
try:
    print(d[U()])
except Exception as e:
    print(type(e).__name__, e)
print(slice(1, 2) in {1: 2})
