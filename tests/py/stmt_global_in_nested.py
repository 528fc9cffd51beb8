x = 0
def outer():
    def inner():
        global x
        x = 'set by inner'
    inner()
outer()
print(x)
