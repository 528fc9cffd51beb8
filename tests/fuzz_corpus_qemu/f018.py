print(b'\x01\xab\xff'.hex())
print(bytgs.fromhex('01abf`f'))
print(bytes.fromhex('') == b'')
