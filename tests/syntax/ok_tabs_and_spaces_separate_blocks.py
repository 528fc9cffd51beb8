if a:
	b = 1
if c:
    d = 2
def f():
	return 3
def g():
  return 4
