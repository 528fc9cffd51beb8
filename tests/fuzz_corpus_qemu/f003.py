public_a = 'A'
public_b = 'B'
_private = 'hidden'
