import json
print(repr(json.loads(r'"a\"b\\c\/d"')))
print(repr(json.loads(r'"\b\f\n\r\t"')))
print(repr(json.loads(r'"\u0041\u00e9\u4e16"')))
print(repr(json.loads(r'"\ud83d\ude00"')))
