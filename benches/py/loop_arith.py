# Small-int arithmetic in a while loop and a for-range loop.
def run(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7
        i += 1
    for j in range(n):
        total ^= j << 1
    return total

print(run(1000000))
