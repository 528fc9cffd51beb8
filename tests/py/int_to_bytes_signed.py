def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
for v in [-1, -128, 127, -129, 128, -32768]:
    try:
        print(v, v.to_bytes(2, 'little', signed=True), v.to_bytes(2, 'big', signed=True))
    except Exception as e:
        print(v, type(e).__name__)
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (-129).to_bytes(1, 'big', signed=True))
