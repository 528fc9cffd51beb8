import sys
impl = sys.implementation
print(type(impl.name).__name__)
v = impl.version
print(type(v).__name__ in ('tuple', 'version_info'), len(v) >= 3)
print(all(type(x) is int for x in v[:3]))
