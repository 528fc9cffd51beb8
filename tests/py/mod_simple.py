VALUE = 42
def double(x):
    return x * 2
def get_value():
    return VALUE
