for d in [b'', b'\x00', b'hello', bytes(range(0, 256, 17))]:
    h = d.hex()
    print(h, bytes.fromhex(h) == d, bytearray.fromhex(h) == d)
