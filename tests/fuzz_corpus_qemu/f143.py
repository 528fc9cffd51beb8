attempts = []
def flaky(n):
    attempts.append(n)
    if n < 3:
        raise OSError('fail %d' % n)
    return 'success at %d' % n
for n in range(5):
    try:
        print(flaky(n))
        break
    except OSError as e:
        print('retry after', e)
print(attempts)
