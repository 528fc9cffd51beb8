for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print('no 5 found')
for x in [1, 5, 3]:
    if x == 5:
        print('found 5')
        break
else:
    print('not printed')
for x in []:
    pass
else:
    print('empty loop else')
