pass
if x: pass
while x: pass
for x in y: pass
def f(): pass
class C: pass
try: pass
except: pass
with x: pass
