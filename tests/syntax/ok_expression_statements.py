1
'string'
x
x + 1
f()
[1, 2]
(yield_ := 1)
None
...
