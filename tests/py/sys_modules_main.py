import sys
print(type(sys.modules).__name__)
print('__main__' in sys.modules)
print(sys.modules['__main__'].__name__)
