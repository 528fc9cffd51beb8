import mod_simple as ms
print(ms.VALUE)
import sys as system
print(system is __import__('sys'))
