if a:
 b = 1
 if c:
         d = 2
         while e:
          break
 f = 3
g = 4
