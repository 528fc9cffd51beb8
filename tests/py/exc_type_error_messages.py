try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__)
try:
    len(5)
except TypeError as e:
    print(e)
