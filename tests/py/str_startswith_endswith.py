s = 'filename.py'
print(s.startswith('file'), s.startswith('name'), s.startswith(''))
print(s.endswith('.py'), s.endswith('.txt'))
print(s.startswith('name', 4), s.endswith('name', 0, 8))
print(s.startswith(('x', 'fi')), s.endswith(('.c', '.py')))
