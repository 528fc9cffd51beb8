café = 1
π = 3.14159
名前 = 'name'
Ünïcode = [café, π, 名前]
def größe(λ):
    return λ * 2
class Ωmega:
    ä = 1
print(größe(π), Ωmega.ä)
