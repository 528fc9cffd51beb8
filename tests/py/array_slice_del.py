from array import array
a = array('i', range(8)); del a[1:3]; print(a)
a = array('i', range(8)); del a[::2]; print(a)
a = array('i', range(8)); del a[::-3]; print(a)
a = array('i', range(8)); del a[:]; print(a)
a = array('i', range(3)); del a[5:]; print(a)
