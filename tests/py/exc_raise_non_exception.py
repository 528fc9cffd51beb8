try:
    raise 5
except TypeError:
    print('TypeError')
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print('TypeError')
