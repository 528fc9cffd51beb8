# argument-count and keyword errors of module functions (natives)
import math, struct, binascii, gc, time, random
calls = [lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.pow(1), lambda: math.pow(1, 2, 3),
         lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.sqrt(x=4), lambda: math.floor(),
         lambda: struct.pack(), lambda: struct.calcsize(), lambda: binascii.hexlify(),
         lambda: binascii.unhexlify(b'a'), lambda: binascii.unhexlify('zz'), lambda: binascii.a2b_base64('é'),
         lambda: random.randint(1), lambda: random.choice(), lambda: time.sleep(),
         lambda: math.isclose(1), lambda: math.copysign(1)]
for c in calls:
    try:
        print(c())
    except TypeError:
        print('TypeError')
    except ValueError:
        print('ValueError')  # binascii.Error is a ValueError
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), binascii.unhexlify(b'FF'))
print(binascii.b2a_base64(b'hi'), binascii.a2b_base64(b'aGk='), binascii.a2b_base64('aGk=\n'))
for s in [b'aG=k', b'aGk', b'a G k =', b'aGk=x', b'aGk==', b'YWJj', b'YQ==', b'YQ=', b'Y']:
    try:
        print(s, binascii.a2b_base64(s))
    except ValueError:
        print(s, 'ValueError')
print(binascii.crc32(b'abc'), binascii.crc32(b'abc', 5), binascii.hexlify(bytearray(b'z')))
print(binascii.a2b_base64(b'YQ==YQ=='), binascii.a2b_base64(b'YQ==\n'))
