import json
print(json.dumps({1: 'a', 2: 'b'}))
print(json.dumps({True: 1, False: 0, None: 2}))
print(json.dumps({0.5: 'half'}))
try:
    json.dumps({(1, 2): 'x'})
except TypeError:
    print('TypeError')
