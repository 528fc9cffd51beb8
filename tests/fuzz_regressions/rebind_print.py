# fuzz: run_c a program that rebinds print made the harness's follow-up print(6 * 7) fail (harness bug: the follow-up now runs in a fresh __main__)
a, *b = [1, 2, 3]
print(a, b)
print = (a, b)
print(a, b)
