def f():
    global later
    return 'later' in globals()
print(f())
later = 1
print(f())
