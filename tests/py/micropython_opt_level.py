import micropython
print(isinstance(micropython.opt_level(), int))
