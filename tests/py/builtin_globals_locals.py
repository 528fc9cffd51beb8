gv = 'global value'
print(globals()['gv'])
globals()['created'] = 123
print(created)
print(locals() is globals(), locals()['gv'])
print('__name__' in globals(), __name__)
