for a in (17, -17, 0, 5):
    for b in (5, -5, 17):
        print(a, b, divmod(a, b))
q, r = divmod(100, 7)
print(q * 7 + r == 100)
