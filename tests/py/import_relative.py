from pkg_a import rel
print(rel.combined())
print(rel.SIBLING_NAME)
