class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(1, (str, int)))
print(issubclass(B, (C, A)), issubclass(bool, (str, int)))
print(isinstance(b, object), issubclass(C, object))
