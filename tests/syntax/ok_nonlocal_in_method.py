def make():
    val = 0
    class C:
        def get(self):
            nonlocal val
            val += 1
            return val
    return C
