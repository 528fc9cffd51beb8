def level(n):
    if n == 0:
        return 'bottom'
    return level(n - 1)
print(level(200))
