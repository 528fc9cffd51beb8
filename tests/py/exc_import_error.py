try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__ in ('ImportError', 'ModuleNotFoundError'))
try:
    from sys import no_such_name
except ImportError:
    print('ImportError name')
