log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1), log)
log.clear()
print(t(1) or t(2), log)
log.clear()
print(t(1) and t(0) or t(3), log)
