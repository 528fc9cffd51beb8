class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def kind(self):
        return 'animal'
class Dog(Animal):
    def speak(self):
        return self.name + ' barks'
d = Dog('rex')
print(d.speak(), d.kind(), isinstance(d, Animal), isinstance(d, Dog))
print(issubclass(Dog, Animal), issubclass(Animal, Dog))
