b = b'caf\xc3\xa9 é'
