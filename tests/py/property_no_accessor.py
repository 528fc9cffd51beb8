# A property without getter, setter or deleter raises AttributeError.
class D:
    p = property()

d = D()
for op in ("get", "set", "del"):
    try:
        if op == "get":
            d.p
        elif op == "set":
            d.p = 1
        else:
            del d.p
    except AttributeError:
        print(op, "AttributeError")
