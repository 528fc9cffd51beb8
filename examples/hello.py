print("hello from mupy")
