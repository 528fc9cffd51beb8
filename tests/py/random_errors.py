import random
for f, args in ((random.randrange, (0,)), (random.randint, (5, 1)), (random.randrange, (1, 5, 0)), (random.randrange, (5, 1)), (random.getrandbits, (-1,))):
    try:
        f(*args)
    except ValueError:
        print('ValueError')
try:
    random.choice([])
except IndexError:
    print('IndexError')
