print(b'abc'.decode(), b'\xe2\x82\xac'.decode('utf-8'))
print(len(b'\xe2\x82\xac'), len(b'\xe2\x82\xac'.decode()))
print(str(b'x'))
