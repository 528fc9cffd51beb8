"""Module docstring."""
def f():
    """Function docstring."""
class C:
    '''Class docstring.'''
    def m(self):
        r"""Raw docstring \d."""
        return 1
