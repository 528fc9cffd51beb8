s = '''line one
line two'''
print(s)
t = """a "quoted" word"""
print(t)
print(len('''\n'''))
print("""x\
y""")
