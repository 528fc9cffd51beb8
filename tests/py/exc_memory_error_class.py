print(issubclass(MemoryError, Exception))
try:
    raise MemoryError
except MemoryError:
    print('MemoryError caught')
