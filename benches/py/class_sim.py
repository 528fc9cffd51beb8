# A class-heavy simulation: inheritance, properties, super(), dunders.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y


class Entity:
    def __init__(self, pos):
        self.pos = pos
        self.alive = True

    def step(self):
        pass


class Walker(Entity):
    def __init__(self, pos, vel):
        super().__init__(pos)
        self.vel = vel

    @property
    def speed(self):
        return abs(self.vel.x) + abs(self.vel.y)

    def step(self):
        self.pos = self.pos + self.vel
        if self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
        elif self.pos.x < 0:
            self.vel = Vec(-self.vel.x, self.vel.y)


world = [Walker(Vec(i, i), Vec(i % 3 + 1, 1)) for i in range(100)]
for t in range(500):
    for e in world:
        e.step()
print(sum(e.pos.x for e in world), sum(e.speed for e in world))
