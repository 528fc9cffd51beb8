ns = {'v': 1}
exec('v += 10\nw = v', ns)
print(ns['v'], ns['w'])
code = 'for i in range(3):\n    total = total + i'
ns2 = {'total': 0}
exec(code, ns2)
print(ns2['total'])
