try:
    float(10 ** 400)
except OverflowError:
    print('OverflowError')
try:
    2.0 ** 10000
except OverflowError:
    print('OverflowError')
