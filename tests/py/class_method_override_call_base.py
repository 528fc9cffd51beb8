class Base:
    def greet(self):
        return 'base'
class Child(Base):
    def greet(self):
        return 'child+' + Base.greet(self)
print(Child().greet())
