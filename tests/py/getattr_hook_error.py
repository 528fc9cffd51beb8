# An exception raised by __getattr__ propagates, AttributeError included
# (with its own message); getattr() with a default and hasattr() catch it.
class A:
    def __getattr__(self, name):
        if name == "v":
            raise ValueError(name)
        raise AttributeError("no " + name)

a = A()
try:
    a.v
except ValueError as e:
    print("ValueError", e)
try:
    a.w
except AttributeError as e:
    print("AttributeError", e)
print(getattr(a, "w", 7), hasattr(a, "w"))
try:
    hasattr(a, "v")
except ValueError:
    print("ValueError")
