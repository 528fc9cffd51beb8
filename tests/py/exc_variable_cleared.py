try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError:
    print('NameError')
