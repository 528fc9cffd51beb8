if a: b = 1
else: b = 2
for i in r: x += i
while x: x -= 1
def f(x): return x * 2
class C: pass
try: f()
except: pass
with a: b()
