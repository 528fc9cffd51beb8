import binascii
ok = True
for n in range(40):
    data = bytes((i * 37 + n) & 255 for i in range(n))
    if binascii.a2b_base64(binascii.b2a_base64(data)) != data:
        ok = False
    if binascii.unhexlify(binascii.hexlify(data)) != data:
        ok = False
print(ok)
