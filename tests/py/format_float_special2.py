# float format: inf/nan with every code, '%', '#' alternate form, no-code precision
inf = float('inf')
nan = float('nan')
for spec in ['', 'f', 'F', 'e', 'E', 'g', 'G', '%', '.2%', '+', '08', '=+8', '#g', 'n']:
    print(repr(spec), format(inf, spec), format(-inf, spec), format(nan, spec))
print(format(1.5, '#.0f'), format(2.0, '#.0e'), format(2.0, '#g'), format(100.0, '#.3g'))
print(format(1e20, '#.3g'), format(0.5, '#.0%'), format(3.0, '#'), format(1e-7, '#.2g'))
print(format(1e20, '.3'), format(1.0, '.3'), format(1234.5, '.3'), format(0.25, '.1'))
print(format(1e-5, '.2'), format(123.0, '.5'), format(-0.5, '.0'), format(1e16, '.3'))
print(format(0.125, '%'), format(-0.125, '+.1%'), format(0.5, '>8.0%'), format(0.0, '%'))
print(format(1.5, 'G'), format(1e-10, 'G'), format(2.5e30, '.3E'), format(1e30, '.2G'))
print(format(12345.5, ',.2f'), format(-1234.5, '_.1f'), format(1e6, ',g'), format(1e6, ',.0%'))
print(format(1234.5, '012,.1f'), format(-1.5, '010.2f'), format(1.5, '+010.2e'))
print('{:.3}|{:10.4}|{:<10.2}|{:^10}'.format(1.0, 2.5, 1e30, 0.1))
