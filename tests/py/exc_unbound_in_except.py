def f():
    try:
        pass
    except Exception as err:
        pass
    return 'fine'
print(f())
