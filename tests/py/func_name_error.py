try:
    undefined_name_xyz
except NameError as e:
    print(type(e).__name__)
def f():
    return another_undefined
try:
    f()
except NameError:
    print('NameError in function')
