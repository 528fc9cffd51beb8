x: int = 1
y: list
z: 'str' = 'a'
obj.attr: int = 5
d['k']: float = 1.0
def f(a: int, b: str = 'x', *c: tuple, d: int = 0, **e: dict) -> bool:
    v: int = a
    return True
