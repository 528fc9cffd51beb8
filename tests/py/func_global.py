count = 0
def inc():
    global count
    count += 1
def read():
    return count
inc()
inc()
print(count, read())
def make():
    global newname
    newname = 'created'
make()
print(newname)
