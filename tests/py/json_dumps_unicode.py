import json
print(json.dumps('caf\u00e9'))
print(json.dumps('\u4e16\u754c'))
print(json.dumps('\U0001f600'))
print(json.dumps({'\u00fc': '\u00df'}))
