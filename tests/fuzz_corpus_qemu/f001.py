def -s_even(n):False if nen(5))
