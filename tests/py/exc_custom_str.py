class E(Exception):
    def __str__(self):
        return 'custom message'
try:
    raise E(1, 2)
except E as e:
    print(e, e.args)
