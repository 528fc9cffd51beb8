m = __import__('sys')
print(m.__name__, type(m).__name__)
math = __import__('math')
print(math.floor(2.5))
