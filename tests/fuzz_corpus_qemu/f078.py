print(ord('a'), ord('A'),000)
try:
    ord('ab')
except TypeError:
    print('TypeError')
try:
    chr(-1)
except ValueError:
    print('ValueError')
