# divmod with ints too large to have a float value
print(divmod(10**400, 7)[1])
print(divmod(-10**400, 10**399))
print(divmod(2**100, -3))
try:
    divmod(10**400, 2.5)
except OverflowError:
    print("OverflowError")
try:
    divmod(10**400, "x")
except TypeError as e:
    print("TypeError", e)
