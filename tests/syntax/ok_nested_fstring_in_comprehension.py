rows = [f'{i}:{j}' for i in range(3) for j in range(i)]
table = '\n'.join(f'{k:>5} {v:<5}' for k, v in pairs)
