for i in range(3):
    try:
        if i == 2:
            raise ValueError
    except ValueError:
        print('error at', i)
        break
else:
    print('no error')
