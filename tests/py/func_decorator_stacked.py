log = []
def tag(name):
    def deco(f):
        log.append(name)
        def w():
            return name + '(' + f() + ')'
        return w
    return deco
@tag('outer')
@tag('inner')
def f():
    return 'x'
print(f(), log)
