while (chunk := read(10)):
    process(chunk)
while (n := n - 1) > 0:
    pass
