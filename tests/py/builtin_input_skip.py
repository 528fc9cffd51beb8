print(callable(input))
