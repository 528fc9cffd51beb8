import json
print(json.loads('\n\t\r [\n1\t,\r2 ]\n'))
print(json.loads(' {\n "a" :\n 1 } '))
