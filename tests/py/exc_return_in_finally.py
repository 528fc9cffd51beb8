def f():
    try:
        return 'try'
    finally:
        return 'finally'
def g():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f(), g())
