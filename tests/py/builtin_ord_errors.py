try:
    ord('')
except TypeError:
    print('TypeError')
try:
    chr(0x110000)
except ValueError:
    print('ValueError')
