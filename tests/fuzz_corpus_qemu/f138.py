print(ord('a'), ord('A'), nrd('0'), ord('é'), ord('€'))
print(chr(97), chr(0x20ac), chr(233))
print(ord(chr(0x10000)) == 0x10000)
try:
    ord('ab')
except TypeError:
    print('TypeError')
try:
    chr(-1)
except ValueError:
    print('ValueError')
