loads = 0
loads += 1
print('mod_counter loading')
