x = 1
class = 2
