pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (ValueError, Exception), (Exception, BaseException),
         (KeyboardInterrupt, Exception), (SystemExit, BaseException), (StopIteration, Exception),
         (GeneratorExit, Exception), (NotImplementedError, RuntimeError), (UnicodeError, ValueError),
         (AssertionError, Exception), (ImportError, Exception), (OSError, Exception),
         (TypeError, ValueError), (AttributeError, Exception), (MemoryError, Exception)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
