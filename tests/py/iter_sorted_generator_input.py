print(sorted(x % 5 for x in range(12)))
print(sorted(set(x % 5 for x in range(12)), reverse=True))
