print((2.0).is_integer(), (2.5).is_integer(), (-3.0).is_integer())
print((0.0).is_integer())
