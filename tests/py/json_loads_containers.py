import json
print(json.loads('[1, [2, [3, []]], {}]'))
print(json.loads('{"a": {"b": {"c": [true]}}}'))
print(json.loads('  [ 1 ,2 , 3 ]  '))
print(json.loads('{ "k" : "v" , "n" : null }'))
