x=1+2*-3
y = a [0]
z = f (x) ( y )
w  =  (  1  ,  2  )
v=[ 1,2 ,3 ]
def  f ( a ,b = 1 ) :
  return  a+b
if(x):pass
print (  x  ,  y  )
lambda:0
a . b . c
