def f(x):
	if x:
		return 1
	else:
		for i in range(3):
			x += i
		return x
class C:
	def m(self):
		pass
