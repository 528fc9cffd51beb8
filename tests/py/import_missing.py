try:
    import mod_does_not_exist
except ImportError as e:
    print(type(e).__name__ in ('ImportError', 'ModuleNotFoundError'))
try:
    from mod_simple import missing_name
except ImportError:
    print('ImportError')
