try:
    try:
        raise ValueError('first')
    finally:
        raise TypeError('from finally')
except Exception as e:
    print(type(e).__name__, e)
