text = '''the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs'''
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
print(len(counts))
