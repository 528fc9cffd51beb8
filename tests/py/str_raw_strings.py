print(r'\n\t', R'\d+')
print(len(r'\\'), r'a\'b')
print(rb'\x00', len(rb'\x00'))
