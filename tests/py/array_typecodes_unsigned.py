from array import array
for tc, vals in (('B', [0, 255]), ('H', [0, 65535]), ('I', [0, 2**32 - 1]), ('Q', [0, 2**64 - 1])):
    a = array(tc, vals)
    print(tc, list(a))
