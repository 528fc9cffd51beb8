print('a\nb\r\nc'.splitlines())
print('a\n\nb\n'.splitlines())
print(''.splitlines())
print('**kwone'.splitlines())
