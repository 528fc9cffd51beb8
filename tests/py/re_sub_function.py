import re
def up(m):
    return m.group().upper()
print(re.sub(r'\b\w', up, 'hello big world'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('(x)|(y)', lambda m: '1' if m.group(1) else '2', 'xyyx'))
