try:
    None < 1
except TypeError:
    print('TypeError')
print(None == 0, None != False)
print([None, None].count(None))
