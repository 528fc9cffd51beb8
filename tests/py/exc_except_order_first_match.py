try:
    raise KeyError
except Exception:
    print('Exception first')
except KeyError:
    print('never')
