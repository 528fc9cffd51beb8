a = f"{'single inside double'}"
b = f'{"double inside single"}'
c = f'''{"triple" + 'mixed'}'''
d = f"""{x!r:>{w}}"""
