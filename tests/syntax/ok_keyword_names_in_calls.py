f(print=1, exec=2, type=3)
f(match=1, case=2)
d = dict(if_=1, class_=2)
