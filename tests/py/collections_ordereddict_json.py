import json
from collections import OrderedDict
o = OrderedDict([('z', 1), ('a', [1, 2])])
print(json.dumps(o))
print(json.dumps({'k': o}))
