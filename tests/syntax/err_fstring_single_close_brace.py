s = f'a}b'
