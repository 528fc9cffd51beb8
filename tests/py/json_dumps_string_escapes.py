import json
print(json.dumps('quote " backslash \\ slash /'))
print(json.dumps('tab\tnl\ncr\r'))
print(json.dumps('\x00\x01\x1f\x7f'))
print(json.dumps('\b\f'))
