def f(x):
    if x:
        for a in x:
            while a:
                try:
                    with a:
                        if a:
                            for b in a:
                                if b:
                                    while b:
                                        try:
                                            if b:
                                                def g():
                                                    class C:
                                                        def m(self):
                                                            if self:
                                                                return [[[1]]]
                                                    return C
                                                return g
                                        finally:
                                            pass
                except E:
                    pass
    return None
