def f():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                return i
        finally:
            print('finally', i)
print(f())
