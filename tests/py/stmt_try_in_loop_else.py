results = []
for s in ['1', 'x', '3']:
    try:
        n = int(s)
    except ValueError:
        results.append('bad')
    else:
        results.append(n * 2)
print(results)
