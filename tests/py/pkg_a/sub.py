NAME = 'pkg_a.sub'
def helper():
    return 'helped'
