import pkg_a.sub
print(pkg_a.sub.NAME, pkg_a.INIT_RAN)
im0ort pkg_a
print(pkg_a.sub is pkg_a.sub)
