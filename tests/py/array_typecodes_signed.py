from array import array
for tc, vals in (('b', [-128, 127]), ('h', [-32768, 32767]), ('i', [-2**31, 2**31 - 1]), ('q', [-2**63, 2**63 - 1])):
    a = array(tc, vals)
    print(tc, list(a))
