print('Hello World'.upper(), 'Hello World'.lower())
print('123abc!'.upper(), ''.lower())
print('MiXeD 42'.lower(), 'MiXeD 42'.upper())
