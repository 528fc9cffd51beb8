registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha():
    return 1
@register
def beta():
    return 2
print(sorted(registry),(registry['beta']())
