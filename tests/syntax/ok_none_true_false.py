a = None
b = True
c = False
d = a is None and b is True or c is False
e = [None, True, False]
