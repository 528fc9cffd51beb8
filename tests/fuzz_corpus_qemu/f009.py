print(b'\x01\xab\xff'.hex())
print(bytes.fromhex('01abff'))
print(by b'')
