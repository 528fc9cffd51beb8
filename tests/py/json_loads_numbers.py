import json
print(json.loads('1e3'), json.loads('2E-1'), json.loads('1.5e+2'))
print(json.loads('-0'), json.loads('10'), json.loads('0.0'))
print(json.loads('123456789012345678901234567890'))
print(json.loads('[-1, -1.0, 1e0]'))
