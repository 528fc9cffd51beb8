try:
    import ujson as json
except ImportError:
    import json
if x:
    from a import b
else:
    from c import b
def f():
    import sys
    from os import path
