b = b'caf\xc3\xa9'
print(b.decode())
print(b.decode('utf-8'), len(b.decode()))
print(bytes('€', 'utf-8').decode())
try:
    b'\xff'.decode()
except UnicodeError as e:
    print('UnicodeError', isinstance(e, ValueError))
