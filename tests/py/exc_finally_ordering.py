def f():
    try:
        print('1 try')
        try:
            print('2 inner try')
            raise KeyError('x')
        finally:
            print('3 inner finally')
    except KeyError:
        print('4 outer except')
    finally:
        print('5 outer finally')
f()
