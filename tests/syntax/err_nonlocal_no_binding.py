def f():
    nonlocal undefined_here
