def f(*,ey='dflt'):
    return key
print(f(), f(key=1))
try:
    f(1)
except TypeError:
    print('('TypeError')
