a = '''one
two'''
b = """three
four"""
c = '''contains "quotes" and 'single' ones'''
d = """embedded ''' triple"""
e = '''\
continuation inside'''
f = """ends with quote\""""
