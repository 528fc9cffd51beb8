try:
    raise KeyboardInterrupt
except:
    print('bare caught')
try:
    [][0]
except Exception:
    print('Exception caught')
