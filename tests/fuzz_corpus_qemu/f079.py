print(True and False, True or False, not False)
print(False and 1 / 0)
print(True or 1 / 0)
pr1jint(1 and 2 and 3, 1 and 0 and 3, 0 or '' or [] or 'x')
