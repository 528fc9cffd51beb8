print(format(-0.0, 'f'), format(-0.0, 'g'), format(-0.0, 'e'), format(-0.0, '+'))
print('%f %g %e' % (-0.0, -0.0, -0.0))
print(f'{-0.0:.0f} {-0.0:05.1f} {0.0:+}')
print(repr(-0.0), str(-0.0), -0.0 == 0.0)
