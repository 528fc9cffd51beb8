x = (1 +
     2)
y = [
    1,
  2,
        3
]
z = {
'a': 1,
    'b': 2}
f(a,
  b=2,
  *c,
      **d)
def g(
    a,
    b=1,
):
    return (
        a
        + b
    )
