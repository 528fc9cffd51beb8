from array import array
for tc, v in (('i', 1.5), ('f', 'a'), ('h', None), ('d', [1])):
    try:
        array(tc, [v])
    except TypeError:
        print('TypeError', tc)
