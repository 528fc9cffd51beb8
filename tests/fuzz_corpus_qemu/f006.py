try:
    range(1, 5, 0)
except ValueError:
    print('ValueError')
