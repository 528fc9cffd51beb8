x = 5
s = f'''value:
{x}
end'''
print(s)
print(f'a' f'b{x}'
      f'c')
