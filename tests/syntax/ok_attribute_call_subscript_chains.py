a.b.c.d
a().b().c()
a[0][1].b(2)[3]
a.b[c.d](e.f).g
(a).b
'string'.join(x)
(1).real
1 .real
1.0.real
